//! Asynchronous generators (`async def` with `yield`) and the `async for` protocol.
//!
//! An async generator runs as a coroutine frame; its `yield v` first wraps `v`
//! (ASYNC_GEN_WRAP), so that what the frame yields tells the two apart: a wrapped value
//! is an item for the consumer, anything else comes from an `await` inside and goes up
//! to the event loop. `__anext__()`, `asend(v)`, `athrow(...)` and `aclose()` return an
//! awaitable (`async_generator_asend`) whose `send` resumes the generator frame: a
//! wrapped value completes the awaitable (StopIteration carrying the item), a return
//! ends the iteration (StopAsyncIteration), other yields pass through.

use super::gen::Step;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::objects::function::Args;
use crate::objects::{Gc, GeneratorData, InstanceData};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

/// What an awaitable does to its generator when first sent to.
const SEND: i64 = 0;
const THROW: i64 = 1;
const CLOSE: i64 = 2;

pub(crate) fn install(vm: &mut Vm) {
    let g = vm.types.async_generator;
    vm.add_method(g, "__aiter__", aiter_self);
    vm.add_method(g, "__anext__", agen_anext);
    vm.add_method(g, "asend", agen_asend);
    vm.add_method(g, "athrow", agen_athrow);
    vm.add_method(g, "aclose", agen_aclose);
    let a = vm.types.async_generator_asend;
    vm.add_method(a, "__await__", aiter_self);
    vm.add_method(a, "__iter__", aiter_self);
    vm.add_method(a, "__next__", asend_next);
    vm.add_method(a, "send", asend_send);
    vm.add_method(a, "throw", asend_throw);
    vm.add_method(a, "close", asend_close);
}

impl Vm {
    /// ASYNC_GEN_WRAP: marks a value yielded by an async generator.
    pub(crate) fn async_gen_wrap(&mut self, v: Value) -> Value {
        let d = self.with_roots(&[v], |vm| vm.new_dict());
        let cls = self.types.async_generator_value;
        self.alloc(
            cls,
            InstanceData {
                dict: Cell::new(d),
                base: Cell::new(v),
            },
        )
        .value()
    }

    /// GET_AITER: `type(v).__aiter__(v)`.
    pub(crate) fn get_aiter(&mut self, v: Value) -> PyResult<Value> {
        let cls = self.class_of(v);
        let name = self.intern("__aiter__");
        let Some(f) = self.lookup_type(cls, name) else {
            let n = self.type_name(cls);
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {n}"
            )));
        };
        let it = self.call_special(f, v, &[])?;
        let anext = self.intern("__anext__");
        if self.lookup_type(self.class_of(it), anext).is_none() {
            let n = self.type_name_of(it);
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement \
                 __anext__: {n}"
            )));
        }
        Ok(it)
    }

    /// GET_ANEXT: `type(it).__anext__(it)`, an awaitable.
    pub(crate) fn get_anext(&mut self, it: Value) -> PyResult<Value> {
        let cls = self.class_of(it);
        let name = self.intern("__anext__");
        let Some(f) = self.lookup_type(cls, name) else {
            let n = self.type_name(cls);
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {n}"
            )));
        };
        self.call_special(f, it, &[])
    }

    fn new_asend(&mut self, gen: Value, arg: Value, mode: i64) -> PyResult<Value> {
        let d = self.with_roots(&[gen, arg], |vm| vm.new_dict());
        for (k, v) in [
            ("gen", gen),
            ("arg", arg),
            ("mode", Value::small(mode)),
            ("state", Value::small(0)),
        ] {
            let key = self.intern(k);
            self.dict_set(d, key, v)?;
        }
        let cls = self.types.async_generator_asend;
        Ok(self
            .alloc(
                cls,
                InstanceData {
                    dict: Cell::new(d),
                    base: Cell::new(Value::UNBOUND),
                },
            )
            .value())
    }

    /// One `send` (or `throw`) into an `async_generator_asend` awaitable.
    fn asend_step(&mut self, aw: Value, sent: Value, thrown: Option<PyErr>) -> PyResult<Value> {
        let d = Gc::<InstanceData>::from_value(aw)
            .expect("asend")
            .dict
            .get();
        let field = |vm: &mut Vm, k: &str| {
            let key = vm.intern(k);
            vm.dict_get_str(d, key).unwrap_or(Value::NONE)
        };
        let (gen, arg) = (field(self, "gen"), field(self, "arg"));
        let mode = field(self, "mode").as_small_int().unwrap_or(SEND);
        let state = field(self, "state").as_small_int().unwrap_or(0);
        if state == 2 {
            return Err(self.runtime_error("cannot reuse already awaited __anext__()/asend()"));
        }
        let state_key = self.intern("state");
        self.dict_set(d, state_key, Value::small(1))?;
        let g = Gc::<GeneratorData>::from_value(gen).expect("async generator");
        let finished = g.state.get() == crate::objects::generator::GenState::Finished;
        let step = match (state, thrown) {
            // An exhausted (or closed) generator ends every further iteration.
            _ if finished => Ok(Step::Returned(Value::NONE)),
            (_, Some(e)) => self.gen_throw(g, e),
            (0, None) if mode == THROW => {
                let e = self.make_exception(arg)?;
                self.gen_throw(g, PyErr::new(e))
            }
            (0, None) if mode == CLOSE => {
                let e = self.new_error_noargs(ExcKind::GeneratorExit);
                self.gen_throw(g, e)
            }
            (0, None) => self.gen_resume(g, arg, None),
            (_, None) => self.gen_resume(g, sent, None),
        };
        let wrapped = |vm: &mut Vm, v: Value| {
            (vm.class_of(v) == vm.types.async_generator_value).then(|| {
                Gc::<InstanceData>::from_value(v)
                    .expect("wrapped")
                    .base
                    .get()
            })
        };
        let done = |vm: &mut Vm| vm.dict_set(d, state_key, Value::small(2));
        match step {
            Ok(Step::Yielded(v)) => match wrapped(self, v) {
                Some(_) if mode == CLOSE => {
                    done(self)?;
                    Err(self.runtime_error("async generator ignored GeneratorExit"))
                }
                Some(item) => {
                    done(self)?;
                    Err(self.new_error_arg(ExcKind::StopIteration, item))
                }
                None => Ok(v),
            },
            Ok(Step::Returned(_)) => {
                done(self)?;
                Err(if mode == CLOSE {
                    self.new_error_noargs(ExcKind::StopIteration)
                } else {
                    self.new_error_noargs(ExcKind::StopAsyncIteration)
                })
            }
            Err(e) => {
                done(self)?;
                let closing = self.err_is(&e, ExcKind::GeneratorExit)
                    || self.err_is(&e, ExcKind::StopAsyncIteration);
                Err(if mode == CLOSE && closing {
                    self.new_error_noargs(ExcKind::StopIteration)
                } else {
                    e
                })
            }
        }
    }
}

fn this_agen(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let v = args.pos[0];
    if vm.class_of(v) != vm.types.async_generator {
        let n = vm.type_name_of(v);
        return Err(vm.type_error(format!(
            "descriptor '{name}' for 'async_generator' objects doesn't apply to a '{n}' object"
        )));
    }
    Ok(v)
}

fn aiter_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__aiter__", &args, 0, 0)?;
    Ok(args.pos[0])
}

fn agen_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__anext__", &args, 0, 0)?;
    let g = this_agen(vm, &args, "__anext__")?;
    vm.new_asend(g, Value::NONE, SEND)
}

fn agen_asend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("asend", &args, 1, 1)?;
    let g = this_agen(vm, &args, "asend")?;
    vm.new_asend(g, args.pos[1], SEND)
}

fn agen_athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("athrow", &args, 1, 3)?;
    let g = this_agen(vm, &args, "athrow")?;
    let exc = match args.get(2).filter(|v| !v.is_none()) {
        Some(v) => vm.call(args.pos[1], &[v], &[])?,
        None => args.pos[1],
    };
    vm.new_asend(g, exc, THROW)
}

fn agen_aclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("aclose", &args, 0, 0)?;
    let g = this_agen(vm, &args, "aclose")?;
    vm.new_asend(g, Value::NONE, CLOSE)
}

fn asend_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__next__", &args, 0, 0)?;
    vm.asend_step(args.pos[0], Value::NONE, None)
}

fn asend_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("send", &args, 1, 1)?;
    vm.asend_step(args.pos[0], args.pos[1], None)
}

fn asend_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("throw", &args, 1, 3)?;
    let exc = vm.make_exception(args.pos[1])?;
    vm.asend_step(args.pos[0], Value::NONE, Some(PyErr::new(exc)))
}

fn asend_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("close", &args, 0, 0)?;
    let d = Gc::<InstanceData>::from_value(args.pos[0])
        .expect("asend")
        .dict
        .get();
    let key = vm.intern("state");
    vm.dict_set(d, key, Value::small(2))?;
    Ok(Value::NONE)
}
