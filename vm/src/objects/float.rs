//! Boxed floats: only for values outside the immediate window (see `value.rs`).

use super::{Kind, Payload};
use pyrite_gc::Tracer;

/// Payload of boxed `float` objects.
pub struct FloatData {
    /// The value.
    pub value: f64,
}

impl Payload for FloatData {
    const KIND: Kind = Kind::Float;
    fn trace(&self, _tracer: &mut dyn Tracer) {}
}
