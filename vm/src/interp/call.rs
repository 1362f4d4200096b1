//! Calls: binding arguments to parameters and entering frames.
//!
//! A call of a Python function whose parameters are plain positional ones, with exactly
//! that many positional arguments, binds in place: the caller has put the arguments in
//! consecutive registers, and the callee's frame window simply starts there (as in Lua).
//! Every other call binds into a fresh window at the top of the register stack, following
//! CPython's rules and error messages for defaults, keywords, `*args` and `**kwargs`.

use super::frame::{Frame, RetTo};
use crate::error::{ExcKind, PyResult};
use crate::objects::code::flags;
use crate::objects::function::Args;
use crate::objects::{
    BoundMethodData, BuiltinData, DictData, FunctionData, Gc, TupleData, TypeData, WrapperData,
};
use crate::value::Value;
use crate::vm::Vm;
use smallvec::SmallVec;

/// Outcome of starting a call from the interpreter loop.
pub enum Called {
    /// The call finished with this value.
    Value(Value),
    /// A frame was pushed; the loop continues in it.
    Frame,
}

/// Argument vector that avoids allocation for small calls.
pub type ArgVec = SmallVec<[Value; 8]>;

impl Vm {
    /// Calls `stack[func_abs]` with the `argc` values after it (the last `len(kwnames)` of
    /// them by keyword).
    pub(crate) fn call_regs(
        &mut self,
        func_abs: usize,
        argc: usize,
        kwnames: Value,
        ret: RetTo,
    ) -> PyResult<Called> {
        let f = self.stack[func_abs];
        if kwnames.is_unbound() {
            if let Some(fun) = Gc::<FunctionData>::from_value(f) {
                if self.simple_call_fits(fun, argc) {
                    self.push_simple_frame(fun, func_abs + 1, argc, ret)?;
                    return Ok(Called::Frame);
                }
            } else if let Some(bm) = Gc::<BoundMethodData>::from_value(f) {
                if let Some(fun) = Gc::<FunctionData>::from_value(bm.func) {
                    if self.simple_call_fits(fun, argc + 1) {
                        self.stack[func_abs] = bm.receiver;
                        self.push_simple_frame(fun, func_abs, argc + 1, ret)?;
                        return Ok(Called::Frame);
                    }
                }
            }
        }
        if let (Some(cls), RetTo::Reg(dst)) = (Gc::<crate::objects::TypeData>::from_value(f), ret) {
            if let Some(called) = self.instantiate_inline(cls, func_abs, argc, kwnames, dst)? {
                return Ok(called);
            }
        }
        let args: ArgVec = self.stack[func_abs + 1..func_abs + 1 + argc].into();
        match crate::objects::Gc::<TupleData>::from_value(kwnames) {
            None => self.call_general(f, &args, &[], ret),
            Some(names) => {
                let npos = argc - names.items.len();
                let kw: SmallVec<[(Value, Value); 4]> = names
                    .items
                    .iter()
                    .copied()
                    .zip(args[npos..].iter().copied())
                    .collect();
                self.call_general(f, &args[..npos], &kw, ret)
            }
        }
    }

    /// `C(args)` for a plain user class whose `__init__` is a Python function: makes the
    /// instance and runs `__init__` as a frame of this interpreter loop (no native
    /// recursion). `None` when the class needs the general path.
    fn instantiate_inline(
        &mut self,
        cls: Gc<crate::objects::TypeData>,
        func_abs: usize,
        argc: usize,
        kwnames: Value,
        dst: u16,
    ) -> PyResult<Option<Called>> {
        use crate::objects::{typeobj::tflags, Kind};
        if !cls.has(tflags::HEAPTYPE)
            || cls.layout != Kind::Instance
            || cls.base_layout.get() != Kind::Instance
            || self.class_of(cls.value()) != self.types.type_
        {
            return Ok(None);
        }
        let ctor = self.ctor_of(cls);
        let Some(init) = Gc::<FunctionData>::from_value(ctor.init) else {
            return Ok(None);
        };
        if !ctor.new_fn.is_unbound()
            || init.code.meta.flags & (flags::GENERATOR | flags::COROUTINE) != 0
        {
            return Ok(None);
        }
        let inst = self.default_new(cls, &[])?;
        if kwnames.is_unbound() && self.simple_call_fits(init, argc + 1) {
            self.stack[func_abs] = inst;
            self.push_simple_frame(init, func_abs, argc + 1, RetTo::Init(dst))?;
        } else {
            let mut args: ArgVec = SmallVec::with_capacity(argc + 1);
            args.push(inst);
            args.extend_from_slice(&self.stack[func_abs + 1..func_abs + 1 + argc]);
            let kw: SmallVec<[(Value, Value); 4]> = match Gc::<TupleData>::from_value(kwnames) {
                None => SmallVec::new(),
                Some(names) => {
                    let npos = args.len() - names.items.len();
                    names
                        .items
                        .iter()
                        .copied()
                        .zip(args[npos..].iter().copied())
                        .collect()
                }
            };
            let npos = args.len() - kw.len();
            self.stack[func_abs] = inst;
            self.push_frame(init, &args[..npos], &kw, RetTo::Init(dst))?;
        }
        self.frames.last_mut().expect("init frame").init_self = inst;
        Ok(Some(Called::Frame))
    }

    /// Calls any callable; Python functions get a frame (returned as `Called::Frame`).
    pub(crate) fn call_general(
        &mut self,
        f: Value,
        pos: &[Value],
        kw: &[(Value, Value)],
        ret: RetTo,
    ) -> PyResult<Called> {
        if let Some(fun) = Gc::<FunctionData>::from_value(f) {
            if fun.code.meta.flags & (flags::GENERATOR | flags::COROUTINE) != 0 {
                return Ok(Called::Value(self.make_generator(fun, pos, kw)?));
            }
            self.push_frame(fun, pos, kw, ret)?;
            return Ok(Called::Frame);
        }
        if let Some(bm) = Gc::<BoundMethodData>::from_value(f) {
            let mut all: ArgVec = SmallVec::with_capacity(pos.len() + 1);
            all.push(bm.receiver);
            all.extend_from_slice(pos);
            return self.call_general(bm.func, &all, kw, ret);
        }
        Ok(Called::Value(self.call_object(f, pos, kw)?))
    }

    /// Calls any callable from native code and returns its result.
    pub fn call(&mut self, f: Value, pos: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        match self.call_general(f, pos, kw, RetTo::Native)? {
            Called::Value(v) => Ok(v),
            Called::Frame => self.run_frames(None),
        }
    }

    /// Calls with positional arguments only.
    pub fn call0(&mut self, f: Value, pos: &[Value]) -> PyResult<Value> {
        self.call(f, pos, &[])
    }

    /// Calls something that is not a Python function or bound method.
    fn call_object(&mut self, f: Value, pos: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        if let Some(b) = Gc::<BuiltinData>::from_value(f) {
            self.check_native_stack()?;
            if b.bound.is_unbound() {
                if !b.owner.is_unbound() {
                    self.check_method_self(b, pos)?;
                }
                return (b.func)(self, Args { pos, kw });
            }
            let mut all: ArgVec = SmallVec::with_capacity(pos.len() + 1);
            all.push(b.bound);
            all.extend_from_slice(pos);
            return (b.func)(self, Args { pos: &all, kw });
        }
        if let Some(t) = Gc::<TypeData>::from_value(f) {
            let meta = self.class_of(f);
            if meta != self.types.type_ {
                // A metaclass's own `__call__` decides what calling its classes does.
                if let Some(call) = self.lookup_type(meta, self.names.call) {
                    if !self.is_builtin_slot(call) {
                        return self.call_special_kw(call, f, pos, kw);
                    }
                }
            }
            return self.type_call(t, pos, kw);
        }
        if let Some(w) = Gc::<WrapperData>::from_value(f) {
            if self.class_of(f) == self.types.staticmethod {
                return self.call(w.func, pos, kw);
            }
        }
        let cls = self.class_of(f);
        if let Some(call) = self.lookup_type(cls, self.names.call) {
            return self.call_special_kw(call, f, pos, kw);
        }
        let name = self.type_name(cls);
        Err(self.type_error(format!("'{name}' object is not callable")))
    }

    /// `f(*args, **kwargs)`.
    pub(crate) fn call_ex(&mut self, f: Value, args: Value, kwargs: Value) -> PyResult<Value> {
        let pos = match Gc::<TupleData>::from_value(args) {
            Some(t) => t.items.to_vec(),
            None => self.collect_iterable(args)?,
        };
        let mut kw: Vec<(Value, Value)> = Vec::new();
        if let Some(d) = Gc::<DictData>::from_value(kwargs) {
            for e in d.table.borrow().iter() {
                kw.push((e.key, e.value));
            }
        }
        self.with_roots(&pos, |vm| vm.call(f, &pos, &kw))
    }

    /// Pushes a frame for a simple call whose arguments already sit at `new_base`.
    /// Whether `argc` positional arguments can be bound in place: plain positional
    /// parameters, and the missing trailing ones have defaults.
    #[inline]
    fn simple_call_fits(&self, fun: Gc<FunctionData>, argc: usize) -> bool {
        let m = &fun.code.meta;
        if m.flags & flags::SIMPLE_ARGS == 0 {
            return false;
        }
        let want = m.argcount as usize;
        argc == want
            || (argc < want
                && Gc::<TupleData>::from_value(fun.defaults.get())
                    .is_some_and(|d| want - argc <= d.items.len()))
    }

    /// Pushes a frame for a simple call whose `argc` arguments already sit at `new_base`;
    /// missing trailing parameters take their defaults.
    fn push_simple_frame(
        &mut self,
        fun: Gc<FunctionData>,
        new_base: usize,
        argc: usize,
        ret: RetTo,
    ) -> PyResult<()> {
        self.check_depth()?;
        let code = fun.code;
        let nregs = code.meta.nregs as usize;
        let want = code.meta.argcount as usize;
        self.reserve_window(new_base, nregs);
        self.stack[new_base + argc..new_base + nregs].fill(Value::UNBOUND);
        if argc < want {
            let d = Gc::<TupleData>::from_value(fun.defaults.get())
                .expect("checked by simple_call_fits");
            let first = want - d.items.len();
            self.stack[new_base + argc..new_base + want].copy_from_slice(&d.items[argc - first..]);
        }
        self.copy_closure(fun, new_base);
        let top = self.frame_top(new_base, nregs);
        self.frames.push(Frame {
            code,
            func: fun.value(),
            globals: fun.globals,
            locals: Value::UNBOUND,
            base: new_base,
            top,
            pc: 0,
            ret,
            handled: Value::UNBOUND,
            generator: Value::UNBOUND,
            init_self: Value::UNBOUND,
        });
        self.safepoint();
        Ok(())
    }

    /// Pushes a frame for any call of a Python function, binding arguments.
    fn push_frame(
        &mut self,
        fun: Gc<FunctionData>,
        pos: &[Value],
        kw: &[(Value, Value)],
        ret: RetTo,
    ) -> PyResult<()> {
        self.check_depth()?;
        let base = self.stack_top();
        self.bind_window(fun, base, pos, kw)?;
        let top = self.frame_top(base, fun.code.meta.nregs as usize);
        self.frames.push(Frame {
            code: fun.code,
            func: fun.value(),
            globals: fun.globals,
            locals: Value::UNBOUND,
            base,
            top,
            pc: 0,
            ret,
            handled: Value::UNBOUND,
            generator: Value::UNBOUND,
            init_self: Value::UNBOUND,
        });
        self.safepoint();
        Ok(())
    }

    /// Prepares the register window at `base` for `fun`: clears it, binds the arguments and
    /// copies the closure cells.
    pub(crate) fn bind_window(
        &mut self,
        fun: Gc<FunctionData>,
        base: usize,
        pos: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<()> {
        let nregs = fun.code.meta.nregs as usize;
        self.reserve_window(base, nregs);
        self.stack[base..base + nregs].fill(Value::UNBOUND);
        self.bind_args(fun, base, pos, kw)?;
        self.copy_closure(fun, base);
        Ok(())
    }

    /// The `top` of a new frame with the given window (see [`Frame::top`]).
    pub(crate) fn frame_top(&self, base: usize, nregs: usize) -> usize {
        (base + nregs).max(self.stack_top())
    }

    fn reserve_window(&mut self, base: usize, nregs: usize) {
        let need = base + nregs;
        if self.stack.len() < need {
            self.stack.resize(need + 256, Value::UNBOUND);
        }
    }

    fn copy_closure(&mut self, fun: Gc<FunctionData>, base: usize) {
        if let Some(cells) = Gc::<TupleData>::from_value(fun.closure) {
            let start = base + fun.code.meta.varnames.len();
            self.stack[start..start + cells.items.len()].copy_from_slice(&cells.items);
        }
    }

    fn check_depth(&mut self) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            return Err(self.new_error(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// Binds arguments to parameters in the window at `base` (CPython's rules).
    fn bind_args(
        &mut self,
        fun: Gc<FunctionData>,
        base: usize,
        pos: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<()> {
        let code = fun.code;
        let m = &code.meta;
        let argcount = m.argcount as usize;
        let posonly = m.posonlyargcount as usize;
        let kwonly = m.kwonlyargcount as usize;
        let named = argcount + kwonly;
        let has_varargs = m.flags & flags::VARARGS != 0;
        let has_varkw = m.flags & flags::VARKEYWORDS != 0;
        let n = pos.len().min(argcount);
        self.stack[base..base + n].copy_from_slice(&pos[..n]);
        if pos.len() > argcount && !has_varargs {
            return Err(self.too_many_positional(fun, pos.len(), kw));
        }
        if has_varargs {
            let rest = if pos.len() > argcount {
                pos[argcount..].to_vec()
            } else {
                Vec::new()
            };
            self.stack[base + named] = self.new_tuple(rest);
        }
        let kwdict = if has_varkw {
            let d = self.new_dict();
            self.stack[base + named + has_varargs as usize] = d.value();
            Some(d)
        } else {
            None
        };
        for &(name, val) in kw {
            let found = (posonly..named).find(|&i| crate::ops::str_eq(code.varnames[i], name));
            match found {
                Some(i) => {
                    if !self.stack[base + i].is_unbound() {
                        let q = self.func_qualname(fun);
                        let n = crate::ops::str_of(name).to_string();
                        return Err(self
                            .type_error(format!("{q}() got multiple values for argument '{n}'")));
                    }
                    self.stack[base + i] = val;
                }
                None => match kwdict {
                    Some(d) => self.dict_set(d, name, val)?,
                    None => {
                        let q = self.func_qualname(fun);
                        let n = crate::ops::str_of(name).to_string();
                        if (0..posonly).any(|i| crate::ops::str_eq(code.varnames[i], name)) {
                            return Err(self.type_error(format!(
                                "{q}() got some positional-only arguments passed as keyword arguments: '{n}'"
                            )));
                        }
                        return Err(self.type_error(format!(
                            "{q}() got an unexpected keyword argument '{n}'"
                        )));
                    }
                },
            }
        }
        if pos.len() < argcount {
            if let Some(defaults) = Gc::<TupleData>::from_value(fun.defaults.get()) {
                let first = argcount - defaults.items.len().min(argcount);
                for i in pos.len().max(first)..argcount {
                    if self.stack[base + i].is_unbound() {
                        self.stack[base + i] = defaults.items[i - first];
                    }
                }
            }
            let missing: Vec<String> = (0..argcount)
                .filter(|&i| self.stack[base + i].is_unbound())
                .map(|i| m.varnames[i].clone())
                .collect();
            if !missing.is_empty() {
                return Err(self.missing_args(fun, &missing, "positional"));
            }
        }
        if kwonly > 0 {
            let kwdefaults = Gc::<DictData>::from_value(fun.kwdefaults.get());
            let mut missing = Vec::new();
            for i in argcount..named {
                if self.stack[base + i].is_unbound() {
                    let d = kwdefaults.and_then(|d| self.dict_get_str(d, code.varnames[i]));
                    match d {
                        Some(v) => self.stack[base + i] = v,
                        None => missing.push(m.varnames[i].clone()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_args(fun, &missing, "keyword-only"));
            }
        }
        Ok(())
    }

    fn func_qualname(&self, fun: Gc<FunctionData>) -> String {
        crate::ops::str_of(fun.qualname.get()).to_string()
    }

    fn too_many_positional(
        &mut self,
        fun: Gc<FunctionData>,
        given: usize,
        kw: &[(Value, Value)],
    ) -> crate::error::PyErr {
        let q = self.func_qualname(fun);
        let m = &fun.code.meta;
        let argcount = m.argcount as usize;
        let ndefaults =
            Gc::<TupleData>::from_value(fun.defaults.get()).map_or(0, |t| t.items.len());
        let takes = if ndefaults > 0 {
            format!(
                "from {} to {} positional arguments",
                argcount - ndefaults,
                argcount
            )
        } else {
            format!(
                "{} positional argument{}",
                argcount,
                if argcount == 1 { "" } else { "s" }
            )
        };
        let kwonly_given = kw
            .iter()
            .filter(|(n, _)| {
                (argcount..argcount + m.kwonlyargcount as usize)
                    .any(|i| crate::ops::str_eq(fun.code.varnames[i], *n))
            })
            .count();
        let was = if given == 1 { "was" } else { "were" };
        let msg = if kwonly_given > 0 {
            format!(
                "{q}() takes {takes} but {given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
                if given == 1 { "" } else { "s" },
                if kwonly_given == 1 { "" } else { "s" }
            )
        } else {
            format!("{q}() takes {takes} but {given} {was} given")
        };
        self.type_error(msg)
    }

    fn missing_args(
        &mut self,
        fun: Gc<FunctionData>,
        names: &[String],
        kind: &str,
    ) -> crate::error::PyErr {
        let q = self.func_qualname(fun);
        let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            _ => format!(
                "{}, and {}",
                quoted[..quoted.len() - 1].join(", "),
                quoted[quoted.len() - 1]
            ),
        };
        let s = if names.len() == 1 { "" } else { "s" };
        self.type_error(format!(
            "{q}() missing {} required {kind} argument{s}: {list}",
            names.len()
        ))
    }
}
