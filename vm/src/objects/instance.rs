//! Instances of user-defined classes.
//!
//! Attributes live in a dict (`__dict__`). An instance of a class that derives from a
//! built-in type (`class Stack(list)`) also holds a *base value* of that type, on which the
//! built-in methods operate.

use super::{trace_value, DictData, Gc, Kind, Payload};
use crate::value::Value;
use pyrite_gc::Tracer;
use std::cell::Cell;

/// Payload of instances of user classes.
pub struct InstanceData {
    /// The attribute dict.
    pub dict: Cell<Gc<DictData>>,
    /// The built-in base value (for subclasses of built-in types), or unbound.
    pub base: Cell<Value>,
}

impl Payload for InstanceData {
    const KIND: Kind = Kind::Instance;
    fn trace(&self, tracer: &mut dyn Tracer) {
        tracer.visit(self.dict.get().obj());
        trace_value(self.base.get(), tracer);
    }
}
