//! Opaque native state: objects whose payload is a Rust value that holds no Python
//! references (the Mersenne Twister state behind `random.Random`, for example).
//!
//! The payload is type-erased so a native module can keep any state in the heap without
//! a new object kind; it is dropped when the collector frees the object.

use super::{Kind, Payload};
use pyrite_gc::Tracer;
use std::any::Any;
use std::cell::RefCell;

/// Payload of native-state objects.
pub struct NativeData {
    /// The state; downcast with `borrow_mut().downcast_mut::<T>()`.
    pub state: RefCell<Box<dyn Any>>,
    /// Bytes owned outside the heap cell (for the collector's accounting).
    pub size: usize,
}

impl Payload for NativeData {
    const KIND: Kind = Kind::Native;
    fn trace(&self, _tracer: &mut dyn Tracer) {
        // Native state never refers to Python objects.
    }
    fn external_size(&self) -> usize {
        self.size
    }
}
