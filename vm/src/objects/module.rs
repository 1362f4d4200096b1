//! Module objects.

use super::{trace_value, DictData, Gc, Kind, Payload};
use crate::value::Value;
use pyrite_gc::Tracer;

/// Payload of module objects.
pub struct ModuleData {
    /// `__name__`.
    pub name: Value,
    /// The module's namespace (its globals).
    pub dict: Gc<DictData>,
}

impl Payload for ModuleData {
    const KIND: Kind = Kind::Module;
    fn trace(&self, tracer: &mut dyn Tracer) {
        trace_value(self.name, tracer);
        tracer.visit(self.dict.obj());
    }
}
