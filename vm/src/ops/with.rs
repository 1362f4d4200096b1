//! The context-manager protocol behind `with`.

use crate::error::PyResult;
use crate::objects::ExceptionData;
use crate::objects::Gc;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Looks up `__enter__`/`__exit__` on the class, calls `__enter__`; returns its result
    /// and the bound `__exit__`.
    pub(crate) fn with_enter(&mut self, ctx: Value) -> PyResult<(Value, Value)> {
        let cls = self.class_of(ctx);
        let Some(enter) = self.lookup_type(cls, self.names.enter) else {
            let n = self.type_name(cls);
            return Err(self.type_error(format!(
                "'{n}' object does not support the context manager protocol"
            )));
        };
        let Some(_) = self.lookup_type(cls, self.names.exit) else {
            let n = self.type_name(cls);
            return Err(self.type_error(format!(
                "'{n}' object does not support the context manager protocol (missed __exit__ method)"
            )));
        };
        let exit = self.getattr(ctx, self.names.exit)?;
        let entered = self.with_roots(&[exit], |vm| vm.call_special(enter, ctx, &[]))?;
        Ok((entered, exit))
    }

    /// `async with`: looks up `__aenter__`/`__aexit__` on the class, calls `__aenter__`;
    /// returns its (awaitable) result and the bound `__aexit__`.
    pub(crate) fn async_with_enter(&mut self, ctx: Value) -> PyResult<(Value, Value)> {
        let cls = self.class_of(ctx);
        let (aenter, aexit) = (self.intern("__aenter__"), self.intern("__aexit__"));
        let Some(enter) = self.lookup_type(cls, aenter) else {
            let n = self.type_name(cls);
            return Err(self.type_error(format!(
                "'{n}' object does not support the asynchronous context manager protocol"
            )));
        };
        if self.lookup_type(cls, aexit).is_none() {
            let n = self.type_name(cls);
            return Err(self.type_error(format!(
                "'{n}' object does not support the asynchronous context manager protocol \
                 (missed __aexit__ method)"
            )));
        }
        let exit = self.getattr(ctx, aexit)?;
        let awaitable = self.with_roots(&[exit], |vm| vm.call_special(enter, ctx, &[]))?;
        Ok((awaitable, exit))
    }

    /// Calls `__exit__` with the exception (or three Nones).
    pub(crate) fn with_exit(&mut self, exit: Value, exc: Value) -> PyResult<Value> {
        if exc.is_unbound() {
            return self.call(exit, &[Value::NONE, Value::NONE, Value::NONE], &[]);
        }
        let ty = self.class_of(exc).value();
        let tb = match Gc::<ExceptionData>::from_value(exc) {
            Some(e) => self.traceback_object(e)?,
            None => Value::NONE,
        };
        // The result is tested by the code that follows (after `await` for `async with`).
        self.call(exit, &[ty, exc, tb], &[])
    }
}

impl Vm {
    /// A `traceback` object chain for an exception (outermost frame first), or None.
    pub fn traceback_object(&mut self, e: Gc<ExceptionData>) -> PyResult<Value> {
        let entries = e.traceback.borrow().clone();
        if entries.is_empty() {
            return Ok(Value::NONE);
        }
        let cls = self.traceback_class()?;
        let mut next = Value::NONE;
        for entry in entries.iter() {
            let tb = self.call(cls, &[], &[])?;
            let (lineno, tb_next, tb_frame) = (
                self.intern("tb_lineno"),
                self.intern("tb_next"),
                self.intern("tb_frame"),
            );
            self.setattr(tb, lineno, Value::small(entry.line as i64))?;
            self.setattr(tb, tb_next, next)?;
            self.setattr(tb, tb_frame, Value::NONE)?;
            next = tb;
        }
        Ok(next)
    }

    fn traceback_class(&mut self) -> PyResult<Value> {
        let key = self.intern("__pyrite_traceback_class__");
        if let Some(c) = self.dict_get_str(self.builtins, key) {
            return Ok(c);
        }
        let (name, bases, ns) = (
            self.new_str("traceback"),
            self.new_tuple(vec![]),
            self.new_dict(),
        );
        let module = self.intern("builtins");
        self.dict_set(ns, self.names.module, module)?;
        let c = self.type_new(name, bases, ns.value())?;
        self.make_permanent(c);
        self.dict_set(self.builtins, key, c)?;
        Ok(c)
    }
}
