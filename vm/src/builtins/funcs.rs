//! Built-in functions: output, conversion, introspection and arithmetic helpers.

use crate::error::{ExcKind, PyResult};
use crate::objects::function::Args;
use crate::objects::iter::IterState;
use crate::objects::typeobj::tflags;
use crate::objects::{Gc, TupleData, TypeData};
use crate::ops::float::as_float;
use crate::ops::int::as_int;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub(super) fn install(vm: &mut Vm) {
    for (name, f) in [
        ("print", print as crate::objects::function::NativeFn),
        ("len", len),
        ("abs", abs),
        ("repr", repr),
        ("ascii", ascii),
        ("ord", ord),
        ("chr", chr),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("hasattr", hasattr),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("callable", callable),
        ("id", id),
        ("hash", hash),
        ("divmod", divmod),
        ("pow", pow),
        ("iter", iter),
        ("next", next),
        ("format", format),
        ("vars", vars),
        ("dir", dir),
        ("globals", globals),
        ("locals", locals),
        ("input", input),
        ("exit", exit),
        ("quit", exit),
        ("__import__", import),
        ("exec", exec),
        ("eval", eval),
        ("compile", compile),
        ("open", open),
        ("bytes", unsupported_bytes),
        ("bytearray", unsupported_bytes),
        ("memoryview", unsupported_bytes),
        ("complex", unsupported_complex),
    ] {
        vm.add_builtin(name, f);
    }
}

fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.only_kwargs("print", &args, &["sep", "end", "file", "flush"])?;
    let opt_str = |vm: &mut Vm, name: &str, default: &str| -> PyResult<String> {
        match vm.kwarg(&args, name) {
            None => Ok(default.to_string()),
            Some(v) if v.is_none() => Ok(default.to_string()),
            Some(v) => match crate::ops::as_str(v) {
                Some(s) => Ok(s.to_string()),
                None => {
                    let n = vm.type_name_of(v);
                    Err(vm.type_error(format!("{name} must be None or a string, not {n}")))
                }
            },
        }
    };
    let sep = opt_str(vm, "sep", " ")?;
    let end = opt_str(vm, "end", "\n")?;
    // As CPython: `file=None` means `sys.stdout` as it is now; if that is None, nothing
    // is printed. Each argument is converted and written in turn, separators and the end
    // as separate writes (a Python file object sees every piece).
    let file = match vm.kwarg(&args, "file").filter(|f| !f.is_none()) {
        Some(f) => Some(f),
        None => match current_stdout(vm) {
            Some(f) if f.is_none() => return Ok(Value::NONE),
            f => f,
        },
    };
    for (i, &v) in args.pos.iter().enumerate() {
        if i > 0 {
            vm.write_to(file, &sep)?;
        }
        let piece = vm.str(v)?;
        vm.write_to(file, &piece)?;
    }
    vm.write_to(file, &end)?;
    if let Some(f) = vm.kwarg(&args, "flush") {
        if vm.truthy(f)? {
            vm.flush_file(file)?;
        }
    }
    Ok(Value::NONE)
}

/// `sys.stdout` as the program last set it (`None` if the `sys` module has no such
/// attribute).
fn current_stdout(vm: &mut Vm) -> Option<Value> {
    let sys = crate::modules::sys::sys_module(vm)?;
    let name = vm.intern("stdout");
    vm.dict_get_str(sys.dict, name)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("len", &args, 1, 1)?;
    let n = vm.len(args.pos[0])?;
    Ok(vm.new_int(n as i64))
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("abs", &args, 1, 1)?;
    let v = args.pos[0];
    let cls = vm.class_of(v);
    if !cls.has(tflags::HEAPTYPE) {
        if let Some(i) = as_int(v) {
            let b = i.to_big().abs();
            return Ok(vm.int_from_big(b));
        }
        if let Some(f) = as_float(v) {
            return Ok(vm.new_float(f.abs()));
        }
    }
    if let Some(f) = vm.lookup_type(cls, vm.names.abs) {
        return vm.call_special(f, v, &[]);
    }
    let n = vm.type_name(cls);
    Err(vm.type_error(format!("bad operand type for abs(): '{n}'")))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("repr", &args, 1, 1)?;
    let s = vm.repr(args.pos[0])?;
    Ok(vm.new_str(s))
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("ascii", &args, 1, 1)?;
    let s = vm.ascii(args.pos[0])?;
    Ok(vm.new_str(s))
}

fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("ord", &args, 1, 1)?;
    match crate::ops::as_str(args.pos[0]) {
        Some(s) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(Value::small(c as i64)),
                _ => {
                    let n = s.chars().count();
                    Err(vm.type_error(format!(
                        "ord() expected a character, but string of length {n} found"
                    )))
                }
            }
        }
        None => {
            let n = vm.type_name_of(args.pos[0]);
            Err(vm.type_error(format!("ord() expected string of length 1, but {n} found")))
        }
    }
}

fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("chr", &args, 1, 1)?;
    let i = vm.to_index(args.pos[0])?;
    let i = i.to_i64().unwrap_or(-1);
    if !(0..0x110000).contains(&i) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(vm.new_char(c)),
        None => Err(vm.unsupported("lone surrogate characters in strings")),
    }
}

fn radix(vm: &mut Vm, args: Args, name: &str, prefix: &str, r: u32) -> PyResult<Value> {
    vm.arity(name, &args, 1, 1)?;
    let i = vm.to_index(args.pos[0])?.to_big().into_owned();
    let s = format!(
        "{}{prefix}{}",
        if i.is_negative() { "-" } else { "" },
        i.abs().to_str_radix(r)
    );
    Ok(vm.new_str(s))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "hex", "0x", 16)
}

fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "oct", "0o", 8)
}

fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "bin", "0b", 2)
}

impl Vm {
    /// `isinstance(obj, spec)` where `spec` is a class or a (nested) tuple of classes.
    pub fn isinstance_spec(&mut self, obj: Value, spec: Value, func: &str) -> PyResult<bool> {
        if let Some(t) = Gc::<TypeData>::from_value(spec) {
            if let Some(r) = self.metaclass_check(spec, "__instancecheck__", obj)? {
                return Ok(r);
            }
            return Ok(self.is_instance(obj, t));
        }
        if let Some(tuple) = Gc::<TupleData>::from_value(spec) {
            for &s in tuple.items.iter() {
                if self.isinstance_spec(obj, s, func)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(members) = self.union_args(spec) {
            let t = self.new_tuple(members);
            return self.isinstance_spec(obj, t, func);
        }
        if self.generic_alias_parts(spec).is_some() {
            return Err(self.type_error(format!(
                "{func}() argument 2 cannot be a parameterized generic"
            )));
        }
        if let Some(r) = self.metaclass_check(spec, "__instancecheck__", obj)? {
            return Ok(r);
        }
        Err(self.type_error(format!(
            "{func}() arg 2 must be a type, a tuple of types, or a union"
        )))
    }

    /// A metaclass's `__instancecheck__`/`__subclasscheck__` hook on class `spec`, if any.
    fn metaclass_check(&mut self, spec: Value, hook: &str, arg: Value) -> PyResult<Option<bool>> {
        let meta = self.class_of(spec);
        if meta == self.types.type_ {
            return Ok(None);
        }
        let name = self.intern(hook);
        let Some(f) = self.lookup_type(meta, name) else {
            return Ok(None);
        };
        let r = self.call_special(f, spec, &[arg])?;
        self.truthy(r).map(Some)
    }

    /// `issubclass(cls, spec)`.
    pub fn issubclass_spec(&mut self, cls: Gc<TypeData>, spec: Value) -> PyResult<bool> {
        if let Some(t) = Gc::<TypeData>::from_value(spec) {
            if let Some(r) = self.metaclass_check(spec, "__subclasscheck__", cls.value())? {
                return Ok(r);
            }
            return Ok(self.is_subclass(cls, t));
        }
        if let Some(tuple) = Gc::<TupleData>::from_value(spec) {
            for &s in tuple.items.iter() {
                if self.issubclass_spec(cls, s)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(members) = self.union_args(spec) {
            let t = self.new_tuple(members);
            return self.issubclass_spec(cls, t);
        }
        if self.generic_alias_parts(spec).is_none() {
            if let Some(r) = self.metaclass_check(spec, "__subclasscheck__", cls.value())? {
                return Ok(r);
            }
        }
        Err(self.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
    }
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("isinstance", &args, 2, 2)?;
    Ok(Value::bool(vm.isinstance_spec(
        args.pos[0],
        args.pos[1],
        "isinstance",
    )?))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("issubclass", &args, 2, 2)?;
    let cls = vm.type_arg(args.pos[0], "issubclass() arg 1 must be a class")?;
    Ok(Value::bool(vm.issubclass_spec(cls, args.pos[1])?))
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("hasattr", &args, 2, 2)?;
    let name = super::object::intern_name(vm, args.pos[1])?;
    Ok(Value::bool(vm.getattr_opt(args.pos[0], name)?.is_some()))
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("getattr", &args, 2, 3)?;
    let name = super::object::intern_name(vm, args.pos[1])?;
    match args.get(2) {
        Some(default) => Ok(vm.getattr_opt(args.pos[0], name)?.unwrap_or(default)),
        None => vm.getattr(args.pos[0], name),
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("setattr", &args, 3, 3)?;
    let name = super::object::intern_name(vm, args.pos[1])?;
    vm.setattr(args.pos[0], name, args.pos[2])?;
    Ok(Value::NONE)
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("delattr", &args, 2, 2)?;
    let name = super::object::intern_name(vm, args.pos[1])?;
    vm.delattr(args.pos[0], name)?;
    Ok(Value::NONE)
}

impl Vm {
    /// `callable(v)`.
    pub fn is_callable(&mut self, v: Value) -> bool {
        use crate::objects::Kind;
        match crate::objects::kind_of(v) {
            Some(Kind::Function | Kind::Builtin | Kind::BoundMethod | Kind::Type) => true,
            // staticmethod objects are callable (since 3.10); classmethod ones are not.
            Some(Kind::Wrapper) => self.class_of(v) == self.types.staticmethod,
            _ => {
                let cls = self.class_of(v);
                self.lookup_type(cls, self.names.call).is_some()
            }
        }
    }
}

fn callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("callable", &args, 1, 1)?;
    Ok(Value::bool(vm.is_callable(args.pos[0])))
}

fn id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("id", &args, 1, 1)?;
    Ok(vm.new_int((args.pos[0].raw() >> 1) as i64))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("hash", &args, 1, 1)?;
    let h = vm.hash(args.pos[0])?;
    Ok(vm.new_int(h))
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("divmod", &args, 2, 2)?;
    let (a, b) = (args.pos[0], args.pos[1]);
    let user = vm.class_of(a).has(tflags::HEAPTYPE) || vm.class_of(b).has(tflags::HEAPTYPE);
    if !user {
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            let (q, r) = vm.int_divmod(&x, &y, "integer division or modulo by zero")?;
            return Ok(vm.new_tuple(vec![q, r]));
        }
        let fx = as_float(a).or_else(|| as_int(a).and_then(|i| i.to_big().to_f64()));
        let fy = as_float(b).or_else(|| as_int(b).and_then(|i| i.to_big().to_f64()));
        if let (Some(x), Some(y)) = (fx, fy) {
            if y == 0.0 {
                return Err(vm.zero_division("float divmod()"));
            }
            let (q, r) = crate::ops::float::float_divmod(x, y);
            let (q, r) = (vm.new_float(q), vm.new_float(r));
            return Ok(vm.new_tuple(vec![q, r]));
        }
    }
    let dm = vm.intern("__divmod__");
    let rdm = vm.intern("__rdivmod__");
    if let Some(f) = vm.lookup_type(vm.class_of(a), dm) {
        let r = vm.call_special(f, a, &[b])?;
        if r != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
    }
    if let Some(f) = vm.lookup_type(vm.class_of(b), rdm) {
        let r = vm.call_special(f, b, &[a])?;
        if r != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
    }
    let (ta, tb) = (vm.type_name_of(a), vm.type_name_of(b));
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{ta}' and '{tb}'"
    )))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.only_kwargs("pow", &args, &["base", "exp", "mod"])?;
    let base = vm.arg_or_kw(&args, 0, "base");
    let exp = vm.arg_or_kw(&args, 1, "exp");
    let (Some(base), Some(exp)) = (base, exp) else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    let m = vm.arg_or_kw(&args, 2, "mod").filter(|m| !m.is_none());
    let Some(m) = m else {
        return vm.binary_op(base, exp, crate::compiler::bytecode::BinOp::Pow);
    };
    if vm.class_of(base).has(tflags::HEAPTYPE) {
        let name = vm.intern("__pow__");
        if let Some(f) = vm.lookup_type(vm.class_of(base), name) {
            let r = vm.call_special(f, base, &[exp, m])?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
    }
    let (Some(b), Some(e), Some(md)) = (as_int(base), as_int(exp), as_int(m)) else {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    let md = md.to_big().into_owned();
    if md.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let mut b = b.to_big().into_owned();
    let mut e = e.to_big().into_owned();
    if e.is_negative() {
        match mod_inverse(&b, &md) {
            Some(inv) => b = inv,
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        }
        e = -e;
    }
    let mabs = md.abs();
    let mut r = b.modpow(&e, &mabs);
    if md.is_negative() && !r.is_zero() {
        r += &md;
    }
    Ok(vm.int_from_big(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let a = a.mod_floor(&m);
    let g = a.extended_gcd(&m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("iter", &args, 1, 2)?;
    match args.get(1) {
        None => vm.get_iter(args.pos[0]),
        Some(sentinel) => {
            if !vm.is_callable(args.pos[0]) {
                return Err(vm.type_error("iter(v, w): v must be callable"));
            }
            Ok(vm.new_iter(
                vm.types.callable_iterator,
                IterState::Callable {
                    func: args.pos[0],
                    sentinel,
                },
            ))
        }
    }
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("next", &args, 1, 2)?;
    let it = args.pos[0];
    let is_iter = matches!(
        crate::objects::kind_of(it),
        Some(crate::objects::Kind::Iter | crate::objects::Kind::Generator)
    ) || {
        let c = vm.class_of(it);
        vm.lookup_type(c, vm.names.next).is_some()
    };
    if !is_iter {
        let n = vm.type_name_of(it);
        return Err(vm.type_error(format!("'{n}' object is not an iterator")));
    }
    if let Some(g) = Gc::<crate::objects::GeneratorData>::from_value(it) {
        return match vm.gen_resume(g, Value::NONE, None)? {
            crate::interp::gen::Step::Yielded(v) => Ok(v),
            crate::interp::gen::Step::Returned(r) => match args.get(1) {
                Some(d) => Ok(d),
                None => Err(if r.is_none() {
                    vm.new_error_noargs(ExcKind::StopIteration)
                } else {
                    vm.new_error_arg(ExcKind::StopIteration, r)
                }),
            },
        };
    }
    if crate::objects::is_kind(it, crate::objects::Kind::Iter) {
        return match vm.iter_next(it)? {
            Some(v) => Ok(v),
            None => match args.get(1) {
                Some(d) => Ok(d),
                None => Err(vm.new_error_noargs(ExcKind::StopIteration)),
            },
        };
    }
    let c = vm.class_of(it);
    let f = vm.lookup_type(c, vm.names.next).expect("checked above");
    match vm.call_special(f, it, &[]) {
        Ok(v) => Ok(v),
        Err(e) if vm.err_is(&e, ExcKind::StopIteration) && args.get(1).is_some() => Ok(args.pos[1]),
        Err(e) => Err(e),
    }
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("format", &args, 1, 2)?;
    let spec = match args.get(1) {
        Some(s) => vm.str_arg(s, "format", "2")?.to_string(),
        None => String::new(),
    };
    let s = vm.format(args.pos[0], &spec)?;
    Ok(vm.new_str(s))
}

fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("vars", &args, 0, 1)?;
    match args.get(0) {
        None => vm.current_locals(),
        Some(v) => match vm.getattr_opt(v, vm.names.dict)? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("dir", &args, 0, 1)?;
    match args.get(0) {
        Some(v) => {
            let cls = vm.class_of(v);
            let dir_name = vm.intern("__dir__");
            if cls.has(tflags::HEAPTYPE) {
                if let Some(f) = vm.lookup_type(cls, dir_name) {
                    if !crate::objects::is_kind(f, crate::objects::Kind::Builtin) {
                        let r = vm.call_special(f, v, &[])?;
                        let items = vm.collect_iterable(r)?;
                        return vm.sort_values(items, None, false).map(|s| vm.new_list(s));
                    }
                }
            }
            vm.dir_of(v)
        }
        None => {
            let l = vm.current_locals()?;
            let d = Gc::<crate::objects::DictData>::from_value(l).expect("dict");
            let keys: Vec<Value> = vm.dict_items(d).into_iter().map(|p| p.0).collect();
            let sorted = vm.sort_values(keys, None, false)?;
            Ok(vm.new_list(sorted))
        }
    }
}

fn globals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("globals", &args, 0, 0)?;
    match vm.frames.last() {
        Some(f) => Ok(f.globals.value()),
        None => Ok(vm.new_dict().value()),
    }
}

fn locals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("locals", &args, 0, 0)?;
    vm.current_locals()
}

impl Vm {
    /// `locals()` of the innermost frame: its namespace dict, or a snapshot of its bound
    /// local variables.
    pub fn current_locals(&mut self) -> PyResult<Value> {
        match self.frames.len() {
            0 => Ok(self.new_dict().value()),
            n => self.frame_locals(n - 1),
        }
    }

    /// `locals()` of frame `fi` (an index into the frame stack).
    pub fn frame_locals(&mut self, fi: usize) -> PyResult<Value> {
        let f = &self.frames[fi];
        if !f.locals.is_unbound() {
            return Ok(f.locals);
        }
        if f.code.meta.flags & crate::objects::code::flags::MODULE != 0 {
            return Ok(f.globals.value());
        }
        let (code, base) = (f.code, f.base);
        let d = self.new_dict();
        for (i, &name) in code.varnames.iter().enumerate() {
            let mut v = self.stack[base + i];
            if code.meta.cellvars.contains(&code.meta.varnames[i]) {
                if let Some(c) = Gc::<crate::objects::CellData>::from_value(v) {
                    v = c.value.get();
                }
            }
            if !v.is_unbound() {
                self.dict_set(d, name, v)?;
            }
        }
        // Variables of enclosing functions this one reads (its closure cells).
        let start = base + code.meta.varnames.len();
        for (j, name) in code.meta.freevars.iter().enumerate() {
            let cell = self.stack[start + j];
            if let Some(c) = Gc::<crate::objects::CellData>::from_value(cell) {
                let v = c.value.get();
                if !v.is_unbound() {
                    let k = self.intern(name);
                    self.dict_set(d, k, v)?;
                }
            }
        }
        Ok(d.value())
    }
}

fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("input", &args, 0, 1)?;
    if let Some(p) = args.get(0) {
        let s = vm.str(p)?;
        vm.write_stdout(&s);
    }
    vm.flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.new_error(ExcKind::EOFError, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_str(line))
        }
        Err(e) => Err(vm.new_error(ExcKind::OSError, e.to_string())),
    }
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("exit", &args, 0, 1)?;
    let e = match args.get(0) {
        Some(c) => vm.new_error_arg(ExcKind::SystemExit, c),
        None => vm.new_error_noargs(ExcKind::SystemExit),
    };
    Err(e)
}

fn import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.only_kwargs(
        "__import__",
        &args,
        &["name", "globals", "locals", "fromlist", "level"],
    )?;
    let Some(name) = vm.arg_or_kw(&args, 0, "name") else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let name = super::object::intern_name(vm, name)?;
    let fromlist = vm.arg_or_kw(&args, 3, "fromlist").unwrap_or(Value::NONE);
    let level = match vm.arg_or_kw(&args, 4, "level") {
        Some(l) => vm.to_i64_index(l)? as usize,
        None => 0,
    };
    let fi = vm.frames.len().saturating_sub(1);
    vm.import_name(name, fromlist, level, fi)
}

fn exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("exec", &args, 1, 3)?;
    vm.exec_source(args.pos[0], args.get(1), args.get(2), false)?;
    Ok(Value::NONE)
}

fn eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("eval", &args, 1, 3)?;
    vm.exec_source(args.pos[0], args.get(1), args.get(2), true)
}

/// `compile(source, filename, mode)`: a code object for `exec`/`eval` (source strings
/// only; `flags`, `dont_inherit` and `optimize` are accepted and ignored).
fn compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("compile", &args, 3, 6)?;
    let Some(src) = crate::ops::as_str(args.pos[0]) else {
        let n = vm.type_name_of(args.pos[0]);
        return Err(vm.unsupported(&format!("compile() of {n} objects")));
    };
    let src = src.to_string();
    let filename = vm.str(args.pos[1])?;
    let mode = match crate::ops::as_str(args.pos[2]) {
        Some("exec") | Some("single") => crate::compiler::Mode::Exec,
        Some("eval") => crate::compiler::Mode::Eval,
        _ => {
            return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
        }
    };
    let src = if mode == crate::compiler::Mode::Eval {
        src.trim_start_matches([' ', '\t']).to_string()
    } else {
        src
    };
    Ok(vm.compile_source(&src, &filename, mode)?.value())
}

/// `open(...)`: `io.open` from the frozen `io` module (text files).
fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let io = vm.import_module("io")?;
    let name = vm.intern("open");
    let f = vm.getattr(io, name)?;
    vm.call(f, args.pos, args.kw)
}

fn unsupported_bytes(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.unsupported("bytes, bytearray and memoryview objects"))
}

fn unsupported_complex(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.unsupported("complex numbers"))
}
