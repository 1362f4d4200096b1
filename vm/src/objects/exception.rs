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
    /// What the interpreter knows for a "Did you mean" suggestion (see `suggest`).
    pub hint: RefCell<Hint>,
}

/// Material for the suggestion CPython appends to an uncaught `NameError` or
/// `AttributeError` raised by the interpreter.
#[derive(Clone, Debug, Default)]
pub enum Hint {
    /// None (user-raised exceptions, other kinds).
    #[default]
    None,
    /// A missing global: its name (`NameError.name`) and the suggestion, computed when
    /// raised (the frame is gone later).
    Name {
        /// The name (an interned str).
        name: Value,
        /// The closest defined name.
        suggestion: Option<String>,
    },
    /// A missing attribute: the object and the name, looked at only when printed.
    Attribute {
        /// The object.
        obj: Value,
        /// The attribute name.
        name: Value,
    },
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
            hint: RefCell::new(Hint::None),
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
        match &*self.hint.borrow() {
            Hint::Attribute { obj, name } => {
                trace_value(*obj, tracer);
                trace_value(*name, tracer);
            }
            Hint::Name { name, .. } => trace_value(*name, tracer),
            Hint::None => {}
        }
    }
}
