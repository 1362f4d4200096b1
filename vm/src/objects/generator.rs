//! Generators and coroutines: a suspended frame.
//!
//! While suspended, the frame's registers live here; resuming copies them onto the VM's
//! register stack and runs the code from `pc`, suspending copies them back.

use super::{trace_value, trace_values, CodeData, DictData, Gc, Kind, Payload};
use crate::value::Value;
use pyrite_gc::Tracer;
use std::cell::{Cell, RefCell};

/// Lifecycle of a generator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    /// Created, not started.
    Created,
    /// Suspended at a yield.
    Suspended,
    /// Running (resuming it again is an error).
    Running,
    /// Returned or raised.
    Finished,
}

/// Payload of generator and coroutine objects.
pub struct GeneratorData {
    /// The code being run.
    pub code: Gc<CodeData>,
    /// The function that made it (for globals and closure).
    pub func: Value,
    /// Its globals.
    pub globals: Gc<DictData>,
    /// Saved registers.
    pub regs: RefCell<Vec<Value>>,
    /// Where to resume.
    pub pc: Cell<u32>,
    /// Register that receives the sent value on resumption.
    pub resume_reg: Cell<u16>,
    /// The exception being handled inside the generator when it suspended.
    pub handled: Cell<Value>,
    /// State.
    pub state: Cell<GenState>,
    /// The iterator a `yield from` is delegating to, while suspended in it.
    pub delegate: Cell<Value>,
    /// `__name__`.
    pub name: Value,
    /// `__qualname__`.
    pub qualname: Value,
    /// Whether this is a coroutine (`async def`).
    pub is_coroutine: bool,
    /// Owned by the `for` loop iterating over it (see GET_ITER_FRESH): closed when the
    /// loop is left early.
    pub loop_owned: Cell<bool>,
}

impl Payload for GeneratorData {
    const KIND: Kind = Kind::Generator;
    fn trace(&self, tracer: &mut dyn Tracer) {
        tracer.visit(self.code.obj());
        tracer.visit(self.globals.obj());
        trace_value(self.func, tracer);
        trace_values(&self.regs.borrow(), tracer);
        trace_value(self.handled.get(), tracer);
        trace_value(self.delegate.get(), tracer);
        trace_value(self.name, tracer);
        trace_value(self.qualname, tracer);
    }
    fn external_size(&self) -> usize {
        self.regs.borrow().capacity() * 8
    }
}
