//! Mark-sweep: a precise, non-moving, stop-the-world collector.
//!
//! **Mark.** Starting from the roots the VM reports, every reachable object gets the MARK
//! bit in its header. The marker uses an explicit stack (a `Vec`), never recursion, so a
//! million-element linked list does not overflow the native stack. Static objects are
//! skipped. In verify mode every reference is checked to be a live object of the space
//! before it is followed: a dangling reference (a rooting bug in the VM) is reported at the
//! collection that finds it, with the address and the object that held it.
//!
//! **Sweep.** Every cell without the MARK bit is finalized (the VM frees its buffers) and put
//! back on its size class's free list; marks of survivors are cleared. Cycles need no special
//! treatment: an unreachable cycle is simply never marked.
//!
//! ```text
//! roots -> A -> B -> C       after mark:  A* B* C*   D  E (D <-> E is a cycle)
//!               D <-> E      after sweep: A  B  C    (D, E reclaimed)
//! ```

use crate::binding::{ObjectModel, PlanConstraints, RootSet, Tracer};
use crate::header::flags;
use crate::objref::ObjRef;
use crate::space::{Space, SweepReport};

/// Mark-sweep needs no barrier and never moves objects.
pub const CONSTRAINTS: PlanConstraints = PlanConstraints {
    moves_objects: false,
    needs_write_barrier: false,
    uses_refcount: false,
};

/// The marker: a tracer with an explicit gray stack.
struct Marker<'s> {
    stack: Vec<ObjRef>,
    space: &'s Space,
    verify: bool,
    /// The object being scanned (for verify-mode diagnostics); `None` while scanning roots.
    scanning: Option<ObjRef>,
    marked_bytes_external: usize,
}

impl Tracer for Marker<'_> {
    #[inline]
    fn visit(&mut self, obj: ObjRef) {
        if self.verify && !self.space.is_live_object(obj) {
            self.report_bad_reference(obj);
            return;
        }
        let h = obj.header();
        if h.flags() & (flags::MARK | flags::STATIC) == 0 {
            h.set(flags::MARK);
            self.stack.push(obj);
        }
    }
}

impl Marker<'_> {
    /// Verify mode found a reference that is not a live object of the space: unless it is a
    /// static object, the VM has a rooting bug, and continuing would corrupt memory.
    #[cold]
    fn report_bad_reference(&self, obj: ObjRef) {
        if Space::raw_header(obj).has(flags::STATIC) {
            return;
        }
        let holder = match self.scanning {
            Some(h) => format!("object {:#x} (kind {})", h.addr(), h.header().kind()),
            None => "a root".to_string(),
        };
        panic!(
            "gc verify: {holder} refers to {:#x}, which is not a live object (a rooting bug: \
             a value was used across a safepoint without being rooted)",
            obj.addr()
        );
    }

    fn drain<M: ObjectModel>(&mut self) {
        while let Some(obj) = self.stack.pop() {
            self.scanning = Some(obj);
            self.marked_bytes_external += M::external_size(obj);
            M::trace(obj, self);
        }
        self.scanning = None;
    }
}

/// Outcome of one mark-sweep collection.
#[derive(Debug, Clone, Copy, Default)]
pub struct MarkSweepReport {
    /// What the sweep reclaimed.
    pub sweep: SweepReport,
    /// External bytes owned by surviving objects.
    pub live_external_bytes: usize,
}

/// Runs one full collection over `space`.
pub fn collect<M: ObjectModel>(
    space: &mut Space,
    roots: &mut dyn RootSet,
    verify: bool,
) -> MarkSweepReport {
    let external = {
        let mut marker = Marker {
            stack: Vec::with_capacity(256),
            space,
            verify,
            scanning: None,
            marked_bytes_external: 0,
        };
        roots.trace_roots(&mut marker);
        marker.drain::<M>();
        marker.marked_bytes_external
    };
    let sweep = space.sweep(&mut |obj| M::finalize(obj));
    MarkSweepReport {
        sweep,
        live_external_bytes: external,
    }
}
