//! The heap: allocation, collection triggers and the plan in use.
//!
//! **Safepoints.** Allocation never collects. It only counts bytes and, once the budget is
//! used, raises a flag ([`Heap::should_collect`]). The VM polls the flag at its safepoints,
//! points where every live value is reachable from a root it can enumerate, and calls
//! [`Heap::collect`] there. This makes rooting a property of a few places in the VM instead of
//! every allocation site. In *stress* mode the flag is always up, so the VM collects at every
//! safepoint; with *verify* on, every traced reference is checked (see [`crate::space`]).
//!
//! **Trigger.** After a collection the budget is `live * (growth - 1)`, at least
//! `min_budget`: the heap may grow to `growth` times its live size before the next
//! collection. Bytes owned outside the heap (vector buffers, strings) count towards the
//! budget when the VM reports them with [`note_external_alloc`], so a loop that builds and
//! drops large lists still triggers collections.

use crate::binding::{ObjectModel, PlanConstraints, RootSet};
use crate::objref::ObjRef;
use crate::plan::{marksweep, CollectorKind};
use crate::space::{OutOfMemory, Space};
use crate::stats::GcStats;
use std::cell::Cell;
use std::marker::PhantomData;
use std::time::Instant;

thread_local! {
    static EXTERNAL_SINCE_GC: Cell<usize> = const { Cell::new(0) };
}

/// Reports `bytes` allocated outside the heap on behalf of heap objects (buffers). Counted
/// towards the next collection trigger of the heap on this thread.
#[inline]
pub fn note_external_alloc(bytes: usize) {
    EXTERNAL_SINCE_GC.with(|c| c.set(c.get().saturating_add(bytes)));
}

/// Heap settings.
#[derive(Debug, Clone)]
pub struct HeapConfig {
    /// The collector.
    pub collector: CollectorKind,
    /// Smallest allocation budget between collections, in bytes.
    pub min_budget: usize,
    /// The heap may grow to `growth` times its live size before collecting again.
    pub growth: f64,
    /// Refuse allocations beyond this many bytes of heap (MemoryError in the VM).
    pub max_heap: Option<usize>,
    /// Ask for a collection at every safepoint.
    pub stress: bool,
    /// Check every traced reference; poison and never reuse freed memory.
    pub verify: bool,
}

impl Default for HeapConfig {
    fn default() -> Self {
        HeapConfig {
            collector: CollectorKind::MarkSweep,
            min_budget: 8 << 20,
            growth: 2.0,
            max_heap: None,
            stress: false,
            verify: false,
        }
    }
}

/// A garbage-collected heap for objects described by the object model `M`.
pub struct Heap<M: ObjectModel> {
    space: Space,
    config: HeapConfig,
    stats: GcStats,
    /// Object bytes allocated since the last collection.
    allocated_since_gc: usize,
    budget: usize,
    /// External bytes owned by objects alive after the last collection.
    live_external: usize,
    enabled: bool,
    _model: PhantomData<M>,
}

impl<M: ObjectModel> Heap<M> {
    /// An empty heap.
    pub fn new(config: HeapConfig) -> Self {
        EXTERNAL_SINCE_GC.with(|c| c.set(0));
        Heap {
            space: Space::new(config.verify),
            budget: config.min_budget,
            config,
            stats: GcStats::default(),
            allocated_since_gc: 0,
            live_external: 0,
            enabled: true,
            _model: PhantomData,
        }
    }

    /// Every allocated object, live or not yet swept (for heap walks such as finding a
    /// class's subclasses; the order is not allocation order).
    pub fn objects(&self) -> Vec<ObjRef> {
        self.space.objects()
    }

    /// The settings this heap was made with.
    pub fn config(&self) -> &HeapConfig {
        &self.config
    }

    /// What the VM must do for the current plan (barriers, refcounts).
    pub fn constraints(&self) -> PlanConstraints {
        self.config.collector.constraints()
    }

    /// Allocates an object of `size` bytes (header included) with the given class word and
    /// layout kind. The payload is uninitialised: the caller writes it before the next
    /// safepoint.
    #[inline]
    pub fn alloc(&mut self, size: usize, class: usize, kind: u8) -> Result<ObjRef, OutOfMemory> {
        if let Some(max) = self.config.max_heap {
            if self.occupancy() + size > max {
                return Err(OutOfMemory);
            }
        }
        let before = self.space.bytes_in_use();
        let obj = self.space.alloc(size, class, kind)?;
        let cell = self.space.bytes_in_use() - before;
        self.allocated_since_gc += cell;
        self.stats.bytes_allocated += cell as u64;
        self.stats.objects_allocated += 1;
        Ok(obj)
    }

    /// Bytes of heap in use plus external bytes (estimated since the last collection).
    pub fn occupancy(&self) -> usize {
        self.space.bytes_in_use() + self.live_external + EXTERNAL_SINCE_GC.with(|c| c.get())
    }

    /// Whether the VM should collect at its next safepoint.
    #[inline]
    pub fn should_collect(&self) -> bool {
        self.enabled
            && (self.config.stress
                || self.allocated_since_gc + EXTERNAL_SINCE_GC.with(|c| c.get()) >= self.budget)
    }

    /// Enables or disables automatic collections (Python's `gc.enable()`/`gc.disable()`).
    /// Explicit [`Heap::collect`] calls still run.
    pub fn set_enabled(&mut self, on: bool) {
        self.enabled = on;
    }

    /// Whether automatic collections are enabled.
    pub fn is_enabled(&self) -> bool {
        self.enabled
    }

    /// Collects now. Must be called at a safepoint: every object the VM will use afterwards
    /// must be reachable from `roots`. Returns the number of objects reclaimed.
    pub fn collect(&mut self, roots: &mut dyn RootSet) -> usize {
        let peak = self.occupancy();
        self.stats.heap_peak_bytes = self.stats.heap_peak_bytes.max(peak);
        let start = Instant::now();
        let report = match self.config.collector {
            CollectorKind::MarkSweep => {
                marksweep::collect::<M>(&mut self.space, roots, self.config.verify)
            }
        };
        let pause = start.elapsed();
        self.live_external = report.live_external_bytes;
        EXTERNAL_SINCE_GC.with(|c| c.set(0));
        self.allocated_since_gc = 0;
        let live = self.space.bytes_in_use() + self.live_external;
        let grown = (live as f64 * (self.config.growth - 1.0)) as usize;
        self.budget = grown.max(self.config.min_budget);
        self.stats.collections += 1;
        self.stats.pause_total += pause;
        self.stats.pause_max = self.stats.pause_max.max(pause);
        self.stats.objects_freed += report.sweep.freed_objects as u64;
        self.stats.live_bytes_after_last = live;
        report.sweep.freed_objects
    }

    /// Statistics so far (peak occupancy includes the current state).
    pub fn stats(&self) -> GcStats {
        let mut s = self.stats.clone();
        s.heap_peak_bytes = s.heap_peak_bytes.max(self.occupancy());
        s
    }

    /// Called by the VM on every store of a reference into a heap object, before the store.
    /// Mark-sweep needs nothing here; a generational plan records `src` in its remembered
    /// set, a refcounting plan adjusts counts.
    #[inline]
    pub fn write_barrier(&mut self, _src: ObjRef, _new: ObjRef) {}

    /// Whether `obj` is a live object of this heap (verification aid).
    pub fn is_live_object(&self, obj: ObjRef) -> bool {
        self.space.is_live_object(obj)
    }

    /// Finalizes every object (at VM teardown), so buffers owned by objects are released.
    pub fn finalize_all(&mut self) {
        for obj in self.space.objects() {
            M::finalize(obj);
        }
        self.space = Space::new(self.config.verify);
    }
}
