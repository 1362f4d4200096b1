//! The collector against a mock object graph: objects are nodes with a list of edges, roots
//! are a vector of node references. Nothing here knows about Python.

use pyrite_gc::header::HEADER_SIZE;
use pyrite_gc::{Heap, HeapConfig, ObjRef, ObjectModel, RootSet, Tracer};
use std::cell::{Cell, RefCell};

/// A mock node: header, an id and its outgoing edges (a buffer owned outside the heap).
#[repr(C)]
struct Node {
    header: pyrite_gc::Header,
    id: u32,
    edges: RefCell<Vec<ObjRef>>,
}

const NODE_KIND: u8 = 1;
const BLOB_KIND: u8 = 2;

thread_local! {
    static FINALIZED: RefCell<Vec<u32>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

fn node<'a>(obj: ObjRef) -> &'a Node {
    assert_eq!(obj.header().kind(), NODE_KIND);
    // SAFETY: kind NODE_KIND objects are Nodes, written in `new_node`.
    unsafe { obj.cast::<Node>() }
}

struct Mock;

impl ObjectModel for Mock {
    fn trace(obj: ObjRef, tracer: &mut dyn Tracer) {
        if obj.header().kind() == NODE_KIND {
            for &e in node(obj).edges.borrow().iter() {
                tracer.visit(e);
            }
        }
    }

    fn finalize(obj: ObjRef) {
        if obj.header().kind() == NODE_KIND {
            let n = node(obj);
            FINALIZED.with(|f| f.borrow_mut().push(n.id));
            n.edges.take();
        }
    }

    fn external_size(obj: ObjRef) -> usize {
        if obj.header().kind() == NODE_KIND {
            node(obj).edges.borrow().capacity() * 8
        } else {
            0
        }
    }
}

struct Roots(Vec<ObjRef>);

impl RootSet for Roots {
    fn trace_roots(&mut self, tracer: &mut dyn Tracer) {
        for &r in &self.0 {
            tracer.visit(r);
        }
    }
}

fn heap() -> Heap<Mock> {
    FINALIZED.with(|f| f.borrow_mut().clear());
    Heap::new(HeapConfig {
        min_budget: 1 << 16,
        ..HeapConfig::default()
    })
}

fn new_node(h: &mut Heap<Mock>) -> ObjRef {
    let obj = h.alloc(std::mem::size_of::<Node>(), 0, NODE_KIND).unwrap();
    let id = NEXT_ID.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    // SAFETY: a fresh cell of size_of::<Node>() bytes; the header is already written.
    unsafe {
        let p = obj.payload_ptr();
        (p as *mut u32).write(id);
        (p.add(std::mem::offset_of!(Node, edges) - HEADER_SIZE) as *mut RefCell<Vec<ObjRef>>)
            .write(RefCell::new(Vec::new()));
    }
    obj
}

fn link(a: ObjRef, b: ObjRef) {
    node(a).edges.borrow_mut().push(b);
}

fn finalized() -> Vec<u32> {
    FINALIZED.with(|f| f.borrow().clone())
}

#[test]
fn unreachable_objects_are_reclaimed_and_reachable_ones_kept() {
    let mut h = heap();
    let a = new_node(&mut h);
    let b = new_node(&mut h);
    let garbage = new_node(&mut h);
    let garbage_id = node(garbage).id;
    link(a, b);
    let freed = h.collect(&mut Roots(vec![a]));
    assert_eq!(freed, 1);
    assert_eq!(finalized(), vec![garbage_id]);
    assert!(h.is_live_object(a));
    assert!(h.is_live_object(b));
    assert!(!h.is_live_object(garbage));
    assert_eq!(node(b).id, node(a).id + 1);
}

#[test]
fn cycles_are_reclaimed_when_unreachable_and_kept_when_rooted() {
    let mut h = heap();
    let a = new_node(&mut h);
    let b = new_node(&mut h);
    link(a, b);
    link(b, a);
    link(a, a);
    assert_eq!(h.collect(&mut Roots(vec![b])), 0);
    assert!(h.is_live_object(a));
    assert_eq!(h.collect(&mut Roots(vec![])), 2);
    assert!(!h.is_live_object(a) && !h.is_live_object(b));
    assert_eq!(finalized().len(), 2);
}

#[test]
fn marking_a_long_chain_does_not_recurse() {
    let mut h = heap();
    let head = new_node(&mut h);
    let mut tail = head;
    for _ in 0..200_000 {
        let n = new_node(&mut h);
        link(tail, n);
        tail = n;
    }
    assert_eq!(h.collect(&mut Roots(vec![head])), 0);
    assert_eq!(h.collect(&mut Roots(vec![])), 200_001);
}

#[test]
fn cells_are_reused_so_memory_stays_bounded() {
    let mut h = heap();
    let root = new_node(&mut h);
    let mut peak = 0;
    for round in 0..200 {
        // Each round builds a garbage ring of 500 nodes.
        let first = new_node(&mut h);
        let mut prev = first;
        for _ in 0..499 {
            let n = new_node(&mut h);
            link(prev, n);
            prev = n;
        }
        link(prev, first);
        if h.should_collect() {
            h.collect(&mut Roots(vec![root]));
        }
        if round > 20 {
            peak = peak.max(h.occupancy());
        }
    }
    h.collect(&mut Roots(vec![root]));
    assert!(
        h.stats().collections > 5,
        "budget should trigger collections"
    );
    assert!(peak < 4 << 20, "occupancy grew to {peak} bytes");
    assert!(h.is_live_object(root));
}

#[test]
fn external_bytes_count_towards_the_trigger() {
    let mut h = heap();
    assert!(!h.should_collect());
    pyrite_gc::note_external_alloc(1 << 20);
    assert!(h.should_collect());
    h.collect(&mut Roots(vec![]));
    assert!(!h.should_collect());
}

#[test]
fn large_objects_are_collected() {
    let mut h = heap();
    let big = h.alloc(100_000, 0, BLOB_KIND).unwrap();
    let kept = h.alloc(50_000, 0, BLOB_KIND).unwrap();
    assert!(h.is_live_object(big));
    assert_eq!(h.collect(&mut Roots(vec![kept])), 1);
    assert!(!h.is_live_object(big));
    assert!(h.is_live_object(kept));
}

#[test]
fn stress_mode_always_asks_and_disable_silences_it() {
    let mut h: Heap<Mock> = Heap::new(HeapConfig {
        stress: true,
        ..HeapConfig::default()
    });
    assert!(h.should_collect());
    h.set_enabled(false);
    assert!(!h.should_collect());
}

#[test]
fn stats_count_collections_and_objects() {
    let mut h = heap();
    for _ in 0..10 {
        new_node(&mut h);
    }
    h.collect(&mut Roots(vec![]));
    let s = h.stats();
    assert_eq!(s.collections, 1);
    assert_eq!(s.objects_allocated, 10);
    assert_eq!(s.objects_freed, 10);
    assert!(s.to_json("mark-sweep").contains("\"collections\": 1"));
}

#[test]
#[should_panic(expected = "gc verify")]
fn verify_mode_reports_a_dangling_reference() {
    let mut h: Heap<Mock> = Heap::new(HeapConfig {
        verify: true,
        ..HeapConfig::default()
    });
    let a = new_node(&mut h);
    let b = new_node(&mut h);
    // `b` is not rooted, so it dies; then `a` is made to point at it (a rooting bug).
    h.collect(&mut Roots(vec![a]));
    link(a, b);
    h.collect(&mut Roots(vec![a]));
}

#[test]
fn static_objects_are_never_marked_or_freed() {
    let mut h = heap();
    let s: &'static pyrite_gc::Header =
        Box::leak(Box::new(pyrite_gc::Header::new_static(0, BLOB_KIND)));
    let sref = ObjRef::from_header(s);
    let a = new_node(&mut h);
    link(a, sref);
    h.collect(&mut Roots(vec![a, sref]));
    assert_eq!(s.flags() & pyrite_gc::header::flags::MARK, 0);
}
