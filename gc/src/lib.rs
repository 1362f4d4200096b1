//! `pyrite-gc`: pyrite's memory manager.
//!
//! The crate knows nothing about Python. It provides:
//! - the [`Header`] every heap object starts with (class word, reference count, mark/age bits,
//!   layout kind) at fixed offsets,
//! - [`ObjRef`], the typed reference to an object,
//! - the [`ObjectModel`]/[`RootSet`] traits a VM implements so the collector can trace,
//! - a segregated-fit [`space`] shared by every plan,
//! - collector plans ([`plan`]): today a precise non-moving mark-sweep,
//! - the [`Heap`] that ties them together, with safepoint-driven triggers and statistics.
//!
//! Objects are never moved, so the VM may hold raw references between safepoints.

pub mod binding;
pub mod header;
pub mod heap;
pub mod objref;
pub mod plan;
pub mod space;
pub mod stats;

pub use binding::{ObjectModel, PlanConstraints, RootSet, Tracer};
pub use header::Header;
pub use heap::{note_external_alloc, Heap, HeapConfig};
pub use objref::ObjRef;
pub use plan::CollectorKind;
pub use space::OutOfMemory;
pub use stats::GcStats;
