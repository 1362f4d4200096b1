//! Exception instances: every object whose class derives from BaseException.

use super::{trace_value, Kind, Payload};
use crate::value::Value;
use pyrite_gc::Tracer;
use std::cell::{Cell, RefCell};

/// One traceback entry: a code object and the line being executed.
#[derive(Clone, Copy, Debug)]
pub struct TbEntry {
    /// The code object.
    pub code: Value,
    /// The line.
    pub line: u32,
}

/// Payload of exception instances.
pub struct ExceptionData {
    /// `args` (a tuple).
    pub args: Cell<Value>,
    /// Attribute dict, or unbound until an attribute is set.
    pub dict: Cell<Value>,
    /// Frames the exception passed through, innermost last (printed outermost first).
    pub traceback: RefCell<Vec<TbEntry>>,
    /// `__cause__` (unbound = None).
    pub cause: Cell<Value>,
    /// `__context__` (unbound = None).
    pub context: Cell<Value>,
    /// `__suppress_context__`.
    pub suppress_context: Cell<bool>,
}

impl ExceptionData {
    /// A new exception payload with the given args tuple.
    pub fn new(args: Value) -> ExceptionData {
        ExceptionData {
            args: Cell::new(args),
            dict: Cell::new(Value::UNBOUND),
            traceback: RefCell::new(Vec::new()),
            cause: Cell::new(Value::UNBOUND),
            context: Cell::new(Value::UNBOUND),
            suppress_context: Cell::new(false),
        }
    }
}

impl Payload for ExceptionData {
    const KIND: Kind = Kind::Exception;
    fn trace(&self, tracer: &mut dyn Tracer) {
        trace_value(self.args.get(), tracer);
        trace_value(self.dict.get(), tracer);
        trace_value(self.cause.get(), tracer);
        trace_value(self.context.get(), tracer);
        for e in self.traceback.borrow().iter() {
            trace_value(e.code, tracer);
        }
    }
}
