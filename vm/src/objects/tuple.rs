//! `tuple`: an immutable sequence.

use super::{trace_values, Kind, Payload};
use crate::value::Value;
use pyrite_gc::Tracer;

/// Payload of `tuple` objects.
pub struct TupleData {
    /// The elements.
    pub items: Box<[Value]>,
}

impl Payload for TupleData {
    const KIND: Kind = Kind::Tuple;
    fn trace(&self, tracer: &mut dyn Tracer) {
        trace_values(&self.items, tracer);
    }
    fn external_size(&self) -> usize {
        self.items.len() * 8
    }
}
