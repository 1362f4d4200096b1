//! Frames: the interpreter's record of one active call.
//!
//! A frame's registers are a window `base .. base + code.nregs` of the VM's register stack,
//! so the frame *is* (code, pc, window) — which is also all a deoptimizer needs to resume
//! the interpreter. Everything else here (globals, the function, the exception being
//! handled) is reachable from the frame for the collector.

use crate::objects::{trace_value, CodeData, DictData, Gc};
use crate::value::Value;
use pyrite_gc::Tracer;

/// Where a frame's return value goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RetTo {
    /// Back to the native code that started the frame (the run loop returns).
    Native,
    /// Into a register of the calling frame.
    Reg(u16),
    /// An `__init__` called by instantiating a class: the result must be None, and the
    /// frame's `init_self` goes into the caller's register.
    Init(u16),
    /// A generator resumed by the caller's FOR_ITER (the instruction before the caller's
    /// `pc`): a yielded value goes to its destination register, a return jumps to its exit.
    ForIter,
}

/// An active Python frame.
pub struct Frame {
    /// The code being run.
    pub code: Gc<CodeData>,
    /// The function (for closures), or unbound for module code.
    pub func: Value,
    /// The globals.
    pub globals: Gc<DictData>,
    /// The locals mapping of class bodies (unbound for functions).
    pub locals: Value,
    /// Index of register 0 in the VM's register stack.
    pub base: usize,
    /// One past the highest register slot in use by this frame or any frame below it.
    /// A callee's window may start inside its caller's (arguments are passed in place), so
    /// the innermost frame's window does not always cover its callers' upper registers;
    /// the collector traces everything below the innermost frame's `top`.
    pub top: usize,
    /// The next instruction to run.
    pub pc: usize,
    /// Where the return value goes.
    pub ret: RetTo,
    /// The exception being handled in this frame (unbound if none).
    pub handled: Value,
    /// The generator this frame belongs to, or unbound.
    pub generator: Value,
    /// For `__init__` frames of an instantiation: the new instance (unbound otherwise).
    pub init_self: Value,
}

impl Frame {
    /// Reports the frame's references.
    pub fn trace(&self, t: &mut dyn Tracer) {
        t.visit(self.code.obj());
        t.visit(self.globals.obj());
        trace_value(self.func, t);
        trace_value(self.locals, t);
        trace_value(self.handled, t);
        trace_value(self.generator, t);
        trace_value(self.init_self, t);
    }
}
