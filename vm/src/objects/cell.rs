//! Cells: the boxes that hold variables shared between a function and its closures.

use super::{trace_value, Kind, Payload};
use crate::value::Value;
use pyrite_gc::Tracer;
use std::cell::Cell;

/// Payload of cell objects. `Value::UNBOUND` means the variable is not (yet) assigned.
pub struct CellData {
    /// The variable's value.
    pub value: Cell<Value>,
}

impl Payload for CellData {
    const KIND: Kind = Kind::Cell;
    fn trace(&self, tracer: &mut dyn Tracer) {
        trace_value(self.value.get(), tracer);
    }
}
