//! Functions: Python functions, native (builtin) functions and bound methods.

use super::{trace_value, CodeData, DictData, Gc, Kind, Payload};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use pyrite_gc::Tracer;
use std::cell::Cell;

/// Payload of Python function objects.
pub struct FunctionData {
    /// The code.
    pub code: Gc<CodeData>,
    /// The globals of the defining module.
    pub globals: Gc<DictData>,
    /// `__name__`.
    pub name: Cell<Value>,
    /// `__qualname__`.
    pub qualname: Cell<Value>,
    /// Defaults of the last positional parameters (a tuple), or unbound.
    pub defaults: Cell<Value>,
    /// Defaults of keyword-only parameters (a dict), or unbound.
    pub kwdefaults: Cell<Value>,
    /// Cells of the free variables (a tuple), or unbound.
    pub closure: Value,
    /// Attribute dict, created on first use.
    pub dict: Cell<Value>,
    /// `__doc__`.
    pub doc: Cell<Value>,
    /// `__module__`.
    pub module: Cell<Value>,
    /// `__annotations__` (a dict), created on first use.
    pub annotations: Cell<Value>,
}

impl Payload for FunctionData {
    const KIND: Kind = Kind::Function;
    fn trace(&self, tracer: &mut dyn Tracer) {
        tracer.visit(self.code.obj());
        tracer.visit(self.globals.obj());
        for v in [
            self.name.get(),
            self.qualname.get(),
            self.defaults.get(),
            self.kwdefaults.get(),
            self.closure,
            self.dict.get(),
            self.doc.get(),
            self.module.get(),
            self.annotations.get(),
        ] {
            trace_value(v, tracer);
        }
    }
}

/// Arguments of a native call: positional values and keyword (name, value) pairs.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    /// Positional arguments (for methods, `self` first).
    pub pos: &'a [Value],
    /// Keyword arguments; names are `str` objects.
    pub kw: &'a [(Value, Value)],
}

impl<'a> Args<'a> {
    /// Positional arguments only.
    pub fn new(pos: &'a [Value]) -> Args<'a> {
        Args { pos, kw: &[] }
    }

    /// Number of positional arguments.
    #[inline]
    pub fn len(&self) -> usize {
        self.pos.len()
    }

    /// Whether there are no arguments at all.
    pub fn is_empty(&self) -> bool {
        self.pos.is_empty() && self.kw.is_empty()
    }

    /// Positional argument `i`, if given.
    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.pos.get(i).copied()
    }
}

/// A native function.
pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

/// Payload of builtin functions and methods implemented in Rust.
pub struct BuiltinData {
    /// `__name__`.
    pub name: &'static str,
    /// The implementation.
    pub func: NativeFn,
    /// The receiver of a bound builtin method (prepended to the arguments), or unbound.
    pub bound: Value,
    /// For method descriptors, the class whose instances they expect as `self`.
    pub owner: Value,
}

impl Payload for BuiltinData {
    const KIND: Kind = Kind::Builtin;
    fn trace(&self, tracer: &mut dyn Tracer) {
        trace_value(self.bound, tracer);
        trace_value(self.owner, tracer);
    }
}

/// Payload of bound methods (`obj.method` for Python functions).
pub struct BoundMethodData {
    /// The function.
    pub func: Value,
    /// The receiver.
    pub receiver: Value,
}

impl Payload for BoundMethodData {
    const KIND: Kind = Kind::BoundMethod;
    fn trace(&self, tracer: &mut dyn Tracer) {
        trace_value(self.func, tracer);
        trace_value(self.receiver, tracer);
    }
}
