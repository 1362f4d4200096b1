//! Raising and unwinding.
//!
//! When an instruction fails, [`Vm::unwind`] walks frames from the innermost out. In each it
//! records a traceback entry (the code and the line of the failing or calling instruction),
//! then looks the instruction up in the code's exception table; the first entry covering it
//! gets the exception in its register and execution continues at its handler. A frame with
//! no handler is popped (finishing its generator, if any). Reaching a frame that was entered
//! from native code returns the error to that native caller.

use super::frame::RetTo;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::objects::exception::TbEntry;
use crate::objects::{ExceptionData, Gc, TypeData};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Finds a handler for `err`, popping frames without one. `Ok` means execution goes on
    /// in the (new) innermost frame; `Err` means the error leaves this `run_frames`.
    pub(crate) fn unwind(&mut self, mut err: PyErr) -> PyResult<()> {
        if err.exc.traceback.borrow().is_empty() && err.exc.context.get().is_unbound() {
            let handled = self.current_exception();
            if !handled.is_unbound() && handled != err.value() {
                err.exc.context.set(handled);
            }
        }
        loop {
            let fi = self.frames.len() - 1;
            let (code, pc, base) = {
                let f = &self.frames[fi];
                (f.code, f.pc.saturating_sub(1), f.base)
            };
            if !err.reraised {
                let line = code.line_of(pc);
                err.exc.traceback.borrow_mut().push(TbEntry {
                    code: code.value(),
                    line,
                });
            }
            err.reraised = false;
            let at = pc as u32;
            if let Some(e) = code
                .meta
                .exc_table
                .iter()
                .find(|e| e.start <= at && at < e.end)
            {
                self.frames[fi].pc = e.handler as usize;
                self.stack[base + e.reg as usize] = err.value();
                return Ok(());
            }
            let frame = self.frames.pop().expect("frame");
            if !frame.generator.is_unbound() {
                err = self.generator_failed(frame.generator, err);
            }
            if frame.ret == RetTo::Native {
                return Err(err);
            }
        }
    }

    /// The exception being handled (innermost frame that has one), or unbound.
    pub fn current_exception(&self) -> Value {
        for f in self.frames.iter().rev() {
            if !f.handled.is_unbound() && !f.handled.is_none() {
                return f.handled;
            }
        }
        Value::UNBOUND
    }

    /// `raise exc from cause` (`exc` unbound: bare `raise`).
    pub(crate) fn do_raise(&mut self, exc: Value, cause: Value) -> PyErr {
        if exc.is_unbound() {
            let cur = self.current_exception();
            return match Gc::<ExceptionData>::from_value(cur) {
                Some(e) => PyErr {
                    exc: e,
                    reraised: true,
                },
                None => self.runtime_error("No active exception to reraise"),
            };
        }
        let e = match self.make_exception(exc) {
            Ok(e) => e,
            Err(err) => return err,
        };
        if !cause.is_unbound() {
            if cause.is_none() {
                e.cause.set(Value::NONE);
            } else {
                match self.make_exception(cause) {
                    Ok(c) => e.cause.set(c.value()),
                    Err(_) => {
                        return self.type_error("exception causes must derive from BaseException")
                    }
                }
            }
            e.suppress_context.set(true);
        }
        self.set_raise_context(e);
        PyErr::new(e)
    }

    /// `raise e` while handling `h` makes `h` the context of `e` (even when `e` was raised
    /// before), first cutting `h`'s context chain where it reaches `e` so that no cycle
    /// forms. As in CPython, a pre-existing cycle in the chain stops the walk (Floyd).
    fn set_raise_context(&mut self, e: Gc<ExceptionData>) {
        let handled = self.current_exception();
        if handled.is_unbound() || handled == e.value() {
            return;
        }
        let next = |v: Value| Gc::<ExceptionData>::from_value(v).map(|x| x.context.get());
        let (mut slow, mut o) = (handled, handled);
        let mut step = false;
        while let Some(x) = Gc::<ExceptionData>::from_value(o) {
            let ctx = x.context.get();
            if ctx == e.value() {
                x.context.set(Value::UNBOUND);
                break;
            }
            o = ctx;
            if step {
                slow = next(slow).unwrap_or(Value::UNBOUND);
                if slow == o {
                    break;
                }
            }
            step = !step;
        }
        e.context.set(handled);
    }

    /// Re-raises an exception caught by a handler, without a new traceback entry.
    pub(crate) fn reraise(&mut self, exc: Value) -> PyErr {
        match Gc::<ExceptionData>::from_value(exc) {
            Some(e) => PyErr {
                exc: e,
                reraised: true,
            },
            None => self.runtime_error("RERAISE of a non-exception"),
        }
    }

    /// An exception instance from a raised value: an instance, or a class to instantiate.
    pub fn make_exception(&mut self, v: Value) -> PyResult<Gc<ExceptionData>> {
        if let Some(e) = Gc::<ExceptionData>::from_value(v) {
            return Ok(e);
        }
        if let Some(cls) = Gc::<TypeData>::from_value(v) {
            if self.is_subclass(cls, self.types.exc(ExcKind::BaseException)) {
                let inst = self.call(v, &[], &[])?;
                if let Some(e) = Gc::<ExceptionData>::from_value(inst) {
                    return Ok(e);
                }
                let n = self.type_name_of(inst);
                return Err(self.type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {n}",
                    self.type_name(cls)
                )));
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// Whether exception `exc` matches an `except` clause's class (or tuple of classes).
    pub(crate) fn exception_matches(&mut self, exc: Value, ty: Value) -> PyResult<bool> {
        let cls = self.class_of(exc);
        if let Some(t) = Gc::<TypeData>::from_value(ty) {
            if !self.is_subclass(t, self.types.exc(ExcKind::BaseException)) {
                return Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
            return Ok(self.is_subclass(cls, t));
        }
        if let Some(tuple) = Gc::<crate::objects::TupleData>::from_value(ty) {
            for &t in tuple.items.iter() {
                if self.exception_matches(exc, t)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        Err(self
            .type_error("catching classes that do not inherit from BaseException is not allowed"))
    }

    /// A new exception instance of class `cls` with `args`.
    pub fn new_exception(&mut self, cls: Gc<TypeData>, args: Value) -> Gc<ExceptionData> {
        self.alloc(cls, ExceptionData::new(args))
    }
}
