//! Generators and coroutines.
//!
//! A generator owns a copy of its frame's registers while suspended. Resuming pushes a frame
//! at the top of the register stack, copies the registers in, stores the sent value into the
//! register the `yield` named, and runs the frame in a nested `run_frames`; `yield` copies the
//! registers back out and returns from it. `yield from` re-executes its instruction on every
//! resumption, forwarding the sent value to the delegate until the delegate returns.

use super::frame::{Frame, RetTo};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::objects::generator::GenState;
use crate::objects::{DictData, FunctionData, Gc, GeneratorData, ListData, TupleData};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};

/// What resuming a generator (or delegating to an iterator) produced.
pub enum Step {
    /// A value was yielded.
    Yielded(Value),
    /// The generator returned this value.
    Returned(Value),
}

impl Vm {
    /// Creates a generator (or coroutine) for a call of `fun`.
    pub(crate) fn make_generator(
        &mut self,
        fun: Gc<FunctionData>,
        pos: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let base = self.stack_top();
        self.bind_window(fun, base, pos, kw)?;
        let nregs = fun.code.meta.nregs as usize;
        let regs = self.stack[base..base + nregs].to_vec();
        let is_coroutine = fun.code.meta.flags & crate::objects::code::flags::COROUTINE != 0;
        let cls = if fun.code.meta.flags & crate::objects::code::flags::ASYNC_GENERATOR != 0 {
            self.types.async_generator
        } else if is_coroutine {
            self.types.coroutine
        } else {
            self.types.generator
        };
        let g = self.alloc(
            cls,
            GeneratorData {
                code: fun.code,
                func: fun.value(),
                globals: fun.globals,
                regs: RefCell::new(regs),
                pc: Cell::new(0),
                resume_reg: Cell::new(0),
                handled: Cell::new(Value::UNBOUND),
                state: Cell::new(GenState::Created),
                delegate: Cell::new(Value::UNBOUND),
                name: fun.name.get(),
                qualname: fun.qualname.get(),
                is_coroutine,
                loop_owned: Cell::new(false),
            },
        );
        let site = self.frames.last().map_or(0, |f| f.pc);
        self.fresh_generator = (g.value().raw(), self.frames.len(), site);
        Ok(g.value())
    }

    /// Resumes a generator with a sent value, or with an exception thrown in.
    pub fn gen_resume(
        &mut self,
        gen: Gc<GeneratorData>,
        sent: Value,
        throw: Option<PyErr>,
    ) -> PyResult<Step> {
        match gen.state.get() {
            GenState::Running => {
                let what = if gen.is_coroutine {
                    "coroutine"
                } else {
                    "generator"
                };
                return Err(self.value_error(format!("{what} already executing")));
            }
            GenState::Finished => {
                if gen.is_coroutine && throw.is_none() {
                    return Err(self.runtime_error("cannot reuse already awaited coroutine"));
                }
                return match throw {
                    Some(e) => Err(e),
                    None => Ok(Step::Returned(Value::NONE)),
                };
            }
            GenState::Created => {
                if let Some(e) = throw {
                    // Raised at the generator's start: StopIteration becomes RuntimeError.
                    return Err(self.generator_failed(gen.value(), e));
                }
                if !sent.is_none() && !sent.is_unbound() {
                    let what = if gen.is_coroutine {
                        "coroutine"
                    } else {
                        "generator"
                    };
                    return Err(self.type_error(format!(
                        "can't send non-None value to a just-started {what}"
                    )));
                }
            }
            GenState::Suspended => {}
        }
        let sent = if throw.is_some() {
            Value::UNBOUND
        } else if sent.is_unbound() {
            Value::NONE
        } else {
            sent
        };
        self.push_generator_frame(gen, sent, RetTo::Native)?;
        let v = self.run_frames(throw)?;
        Ok(if gen.state.get() == GenState::Suspended {
            Step::Yielded(v)
        } else {
            Step::Returned(v)
        })
    }

    /// Pushes the frame of a created or suspended generator, delivering `sent` (unbound:
    /// nothing, for a throw) to the register its `yield` named.
    pub(crate) fn push_generator_frame(
        &mut self,
        gen: Gc<GeneratorData>,
        sent: Value,
        ret: RetTo,
    ) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            return Err(self.new_error(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let base = self.stack_top();
        let nregs = gen.code.meta.nregs as usize;
        if self.stack.len() < base + nregs {
            self.stack.resize(base + nregs + 256, Value::UNBOUND);
        }
        self.stack[base..base + nregs].copy_from_slice(&gen.regs.borrow());
        if gen.state.get() == GenState::Suspended && !sent.is_unbound() {
            self.stack[base + gen.resume_reg.get() as usize] = sent;
        }
        let top = self.frame_top(base, nregs);
        self.frames.push(Frame {
            code: gen.code,
            func: gen.func,
            globals: gen.globals,
            locals: Value::UNBOUND,
            base,
            top,
            pc: gen.pc.get() as usize,
            ret,
            handled: gen.handled.get(),
            generator: gen.value(),
            init_self: Value::UNBOUND,
        });
        gen.state.set(GenState::Running);
        Ok(())
    }

    /// Throws an exception into a generator (`gen.throw(exc)`), delegating through
    /// `yield from`.
    pub fn gen_throw(&mut self, gen: Gc<GeneratorData>, err: PyErr) -> PyResult<Step> {
        let delegate = gen.delegate.get();
        if gen.state.get() != GenState::Suspended || delegate.is_unbound() {
            return self.gen_resume(gen, Value::NONE, Some(err));
        }
        let outcome: PyResult<Step> = if self.err_is(&err, ExcKind::GeneratorExit) {
            self.close_iterator(delegate).and(Err(err))
        } else if let Some(sub) = Gc::<GeneratorData>::from_value(delegate) {
            self.gen_throw(sub, err)
        } else {
            match self.getattr_opt(delegate, self.names.throw)? {
                Some(t) => {
                    let ev = err.value();
                    match self.call(t, &[ev], &[]) {
                        Ok(v) => Ok(Step::Yielded(v)),
                        Err(e) if self.err_is(&e, ExcKind::StopIteration) => {
                            Ok(Step::Returned(self.stop_value(&e)))
                        }
                        Err(e) => Err(e),
                    }
                }
                None => Err(err),
            }
        };
        if let Ok(Step::Yielded(v)) = outcome {
            return Ok(Step::Yielded(v));
        }
        // The delegation is over: continue after the YIELD_FROM with its result or error.
        gen.delegate.set(Value::UNBOUND);
        gen.pc.set(gen.pc.get() + 1);
        match outcome {
            Ok(Step::Returned(r)) => self.gen_resume(gen, r, None),
            Ok(Step::Yielded(_)) => unreachable!("handled above"),
            Err(e) => self.gen_resume(gen, Value::NONE, Some(e)),
        }
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, gen: Gc<GeneratorData>) -> PyResult<()> {
        match gen.state.get() {
            GenState::Created | GenState::Finished => {
                gen.state.set(GenState::Finished);
                Ok(())
            }
            _ => {
                let exit = self.new_error_noargs(ExcKind::GeneratorExit);
                match self.gen_throw(gen, exit) {
                    Ok(Step::Yielded(_)) => {
                        let what = if gen.is_coroutine {
                            "coroutine"
                        } else {
                            "generator"
                        };
                        Err(self.runtime_error(format!("{what} ignored GeneratorExit")))
                    }
                    Ok(Step::Returned(_)) => Ok(()),
                    Err(e)
                        if self.err_is(&e, ExcKind::GeneratorExit)
                            || self.err_is(&e, ExcKind::StopIteration) =>
                    {
                        Ok(())
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// GET_ITER_FRESH: `v` comes from the call just before the instruction at `at`; if that
    /// call created it as a generator, the loop owns it.
    pub(crate) fn claim_fresh_generator(&mut self, v: Value, at: usize) {
        if self.fresh_generator != (v.raw(), self.frames.len(), at) {
            return;
        }
        if let Some(g) = Gc::<GeneratorData>::from_value(v) {
            if g.state.get() == GenState::Created && !g.is_coroutine {
                g.loop_owned.set(true);
            }
        }
    }

    /// CLOSE_ITER: closes a loop-owned generator. Its errors cannot propagate (CPython
    /// closes it while releasing the last reference): they are reported on stderr.
    pub(crate) fn close_owned_iter(&mut self, v: Value) {
        let Some(g) = Gc::<GeneratorData>::from_value(v) else {
            return;
        };
        if !g.loop_owned.replace(false) {
            return;
        }
        if let Err(e) = self.gen_close(g) {
            let what = self.repr(v).unwrap_or_default();
            let report = self.format_exception(e.value());
            self.write_stderr(&format!("Exception ignored in: {what}\n{report}"));
        }
    }

    /// At exit, CPython's reference counting closes the generators that module globals
    /// still hold suspended, running their `finally` blocks. pyrite closes those held by
    /// `globals` directly or as an item of a list, tuple or dict there, in definition order.
    pub fn close_suspended_globals(&mut self, globals: Gc<DictData>) {
        let mut found = Vec::new();
        for (_, v) in self.dict_items(globals) {
            if let Some(l) = Gc::<ListData>::from_value(v) {
                found.extend(l.items.borrow().iter().copied());
            } else if let Some(t) = Gc::<TupleData>::from_value(v) {
                found.extend(t.items.iter().copied());
            } else if let Some(d) = Gc::<DictData>::from_value(v) {
                found.extend(self.dict_items(d).into_iter().map(|(_, v)| v));
            } else {
                found.push(v);
            }
        }
        found.retain(|&v| {
            Gc::<GeneratorData>::from_value(v).is_some_and(|g| g.state.get() == GenState::Suspended)
        });
        self.with_roots(&found.clone(), |vm| {
            for v in found {
                let g = Gc::<GeneratorData>::from_value(v).expect("generator");
                g.loop_owned.set(true);
                vm.close_owned_iter(v);
            }
        });
    }

    /// Calls `close()` on an iterator if it has one.
    fn close_iterator(&mut self, it: Value) -> PyResult<()> {
        if let Some(g) = Gc::<GeneratorData>::from_value(it) {
            return self.gen_close(g);
        }
        if let Some(c) = self.getattr_opt(it, self.names.close)? {
            self.call(c, &[], &[])?;
        }
        Ok(())
    }

    /// The `value` of a StopIteration error.
    pub fn stop_value(&self, err: &PyErr) -> Value {
        match Gc::<crate::objects::TupleData>::from_value(err.exc.args.get()) {
            Some(t) if !t.items.is_empty() => t.items[0],
            _ => Value::NONE,
        }
    }

    /// YIELD: suspends the innermost (generator) frame; returns the yielded value.
    pub(crate) fn suspend_generator(&mut self, pc: usize, dst: u16, v: Value) -> Value {
        let frame = self.frames.pop().expect("generator frame");
        let gen = Gc::<GeneratorData>::from_value(frame.generator)
            .expect("yield outside a generator frame");
        let nregs = frame.code.meta.nregs as usize;
        gen.regs
            .borrow_mut()
            .copy_from_slice(&self.stack[frame.base..frame.base + nregs]);
        gen.pc.set(pc as u32);
        gen.resume_reg.set(dst);
        gen.handled.set(frame.handled);
        gen.state.set(GenState::Suspended);
        v
    }

    /// YIELD_FROM yielding a value of its delegate: suspends so that resumption re-runs the
    /// YIELD_FROM at `pc`.
    pub(crate) fn suspend_in_delegation(
        &mut self,
        pc: usize,
        dst: u16,
        sub: Value,
        v: Value,
    ) -> Value {
        let g = self.frames.last().expect("frame").generator;
        let gen = Gc::<GeneratorData>::from_value(g).expect("yield from outside a generator frame");
        gen.delegate.set(sub);
        self.suspend_generator(pc, dst, v)
    }

    /// A generator frame returned.
    pub(crate) fn generator_returned(&mut self, g: Value) {
        if let Some(gen) = Gc::<GeneratorData>::from_value(g) {
            gen.state.set(GenState::Finished);
            gen.delegate.set(Value::UNBOUND);
            gen.regs.borrow_mut().fill(Value::UNBOUND);
        }
    }

    /// An exception left a generator frame: the generator is finished, and a StopIteration
    /// becomes a RuntimeError (PEP 479).
    pub(crate) fn generator_failed(&mut self, g: Value, err: PyErr) -> PyErr {
        let Some(gen) = Gc::<GeneratorData>::from_value(g) else {
            return err;
        };
        gen.state.set(GenState::Finished);
        gen.delegate.set(Value::UNBOUND);
        gen.regs.borrow_mut().fill(Value::UNBOUND);
        if self.err_is(&err, ExcKind::StopIteration)
            || self.err_is(&err, ExcKind::StopAsyncIteration)
        {
            let what = if gen.is_coroutine {
                "coroutine"
            } else {
                "generator"
            };
            let new = self.runtime_error(format!("{what} raised StopIteration"));
            new.exc.cause.set(err.value());
            new.exc.context.set(err.value());
            new.exc.suppress_context.set(true);
            return new;
        }
        err
    }

    /// One step of `yield from`: sends `sent` (unbound/None: `next`) into `sub`.
    pub(crate) fn delegate_send(&mut self, sub: Value, sent: Value) -> PyResult<Step> {
        if let Some(g) = Gc::<GeneratorData>::from_value(sub) {
            return self.gen_resume(g, sent, None);
        }
        let result = if sent.is_none() || sent.is_unbound() {
            let cls = self.class_of(sub);
            match self.lookup_type(cls, self.names.next) {
                Some(next) => self.call_special(next, sub, &[]),
                None => {
                    return match self.iter_next(sub)? {
                        Some(v) => Ok(Step::Yielded(v)),
                        None => Ok(Step::Returned(Value::NONE)),
                    }
                }
            }
        } else {
            let send = self.getattr(sub, self.names.send)?;
            self.call(send, &[sent], &[])
        };
        match result {
            Ok(v) => Ok(Step::Yielded(v)),
            Err(e) if self.err_is(&e, ExcKind::StopIteration) => {
                Ok(Step::Returned(self.stop_value(&e)))
            }
            Err(e) => Err(e),
        }
    }

    /// The iterator `await v` delegates to.
    pub(crate) fn get_awaitable(&mut self, v: Value) -> PyResult<Value> {
        if let Some(g) = Gc::<GeneratorData>::from_value(v) {
            if g.is_coroutine && self.class_of(v) != self.types.async_generator {
                return Ok(v);
            }
        }
        let cls = self.class_of(v);
        match self.lookup_type(cls, self.names.await_) {
            Some(f) => {
                let it = self.call_special(f, v, &[])?;
                if Gc::<GeneratorData>::from_value(it).is_some_and(|g| g.is_coroutine) {
                    return Err(self.type_error("__await__() returned a coroutine"));
                }
                Ok(it)
            }
            None => {
                let n = self.type_name(cls);
                Err(self.type_error(format!("object {n} can't be used in 'await' expression")))
            }
        }
    }
}
