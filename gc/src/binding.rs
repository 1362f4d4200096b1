//! The contract between the collector and the virtual machine that uses it.
//!
//! The collector knows nothing about the language: it sees headers and opaque payloads. The VM
//! tells it (like MMTk's `VMBinding`):
//! - which references an object holds ([`ObjectModel::trace`]),
//! - what to do when an object dies ([`ObjectModel::finalize`], e.g. free a vector buffer),
//! - where its roots are ([`RootSet::trace_roots`]: frames, globals, constants, handles).
//!
//! Collections happen only when the VM calls [`crate::Heap::collect`] at a safepoint, so the
//! VM never has to consider a collection in the middle of an operation.

use crate::objref::ObjRef;

/// Visitor handed to [`ObjectModel::trace`] and [`RootSet::trace_roots`].
pub trait Tracer {
    /// Reports one reference. Static objects are accepted and ignored.
    fn visit(&mut self, obj: ObjRef);
}

/// How the collector sees the VM's objects.
pub trait ObjectModel {
    /// Calls `tracer.visit` for every object reference held by `obj` (including its class, if
    /// the class is a heap object).
    fn trace(obj: ObjRef, tracer: &mut dyn Tracer);

    /// Releases what the object owns outside the heap (called once, just before the cell is
    /// reused). The object must not be resurrected.
    fn finalize(obj: ObjRef);

    /// Bytes the object owns outside the heap (buffers), counted in live-size statistics.
    fn external_size(_obj: ObjRef) -> usize {
        0
    }
}

/// The VM's roots for one collection.
pub trait RootSet {
    /// Calls `tracer.visit` on every root reference.
    fn trace_roots(&mut self, tracer: &mut dyn Tracer);
}

/// Properties of a collector plan that the VM (and later the JIT) must respect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanConstraints {
    /// Objects may move (never true for pyrite's current plans).
    pub moves_objects: bool,
    /// Stores of references into heap objects must call [`crate::Heap::write_barrier`].
    pub needs_write_barrier: bool,
    /// The plan keeps reference counts in the header.
    pub uses_refcount: bool,
}
