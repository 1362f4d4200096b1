//! The `sys` module.

use crate::error::{ExcKind, PyResult};
use crate::objects::function::Args;
use crate::objects::{Gc, InstanceData, ModuleData};
use crate::value::Value;
use crate::vm::Vm;

/// pyrite's version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

pub(super) fn install(vm: &mut Vm) {
    let m = super::builtin_module(vm, "sys");
    let argv: Vec<Value> = vm
        .config
        .argv
        .clone()
        .iter()
        .map(|a| vm.new_str(a.as_str()))
        .collect();
    let argv = vm.new_list(argv);
    vm.module_attr(m, "argv", argv);
    let version = vm.new_str(format!("3.11.7 (pyrite {VERSION}, register VM) [rustc]"));
    vm.module_attr(m, "version", version);
    let vi = super::sys_structs::version_info(vm);
    vm.module_attr(m, "version_info", vi);
    let fi = super::sys_structs::float_info(vm);
    vm.module_attr(m, "float_info", fi);
    let imp = implementation(vm, vi);
    vm.module_attr(m, "implementation", imp);
    let path: Vec<Value> = match vm.config.script_dir.clone() {
        Some(d) => vec![vm.new_str(d.to_string_lossy().to_string())],
        None => vec![vm.new_str("")],
    };
    let path = vm.new_list(path);
    vm.module_attr(m, "path", path);
    let modules = vm.modules.value();
    vm.module_attr(m, "modules", modules);
    let maxsize = vm.new_int(i64::MAX);
    vm.module_attr(m, "maxsize", maxsize);
    for (k, v) in [("byteorder", "little"), ("platform", "linux")] {
        let s = vm.new_str(v);
        vm.module_attr(m, k, s);
    }
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().to_string())
        .unwrap_or_default();
    let exe = vm.new_str(exe);
    vm.module_attr(m, "executable", exe);
    let stdout = stream(vm, 1);
    vm.module_attr(m, "stdout", stdout);
    vm.module_attr(m, "__stdout__", stdout);
    let stderr = stream(vm, 2);
    vm.module_attr(m, "stderr", stderr);
    vm.module_attr(m, "__stderr__", stderr);
    let builtin_names: Vec<Value> = super::BUILTIN_MODULES
        .iter()
        .map(|n| vm.new_str(*n))
        .collect();
    let names = vm.new_tuple(builtin_names);
    vm.module_attr(m, "builtin_module_names", names);
    vm.module_fn(m, "exit", exit);
    vm.module_fn(m, "setrecursionlimit", setrecursionlimit);
    vm.module_fn(m, "getrecursionlimit", getrecursionlimit);
    vm.module_fn(m, "set_int_max_str_digits", set_int_max_str_digits);
    vm.module_fn(m, "get_int_max_str_digits", get_int_max_str_digits);
    vm.module_fn(m, "exc_info", exc_info);
    vm.module_fn(m, "exception", exception);
    vm.module_fn(m, "intern", intern);
    vm.module_fn(m, "getsizeof", getsizeof);
    vm.module_fn(m, "_getframemodulename", getframemodulename);
    super::sys_frames::install(vm, m);
    let flags = flags(vm);
    vm.module_attr(m, "flags", flags);
}

/// A class with the given name whose instances are plain namespaces.
pub(super) fn namespace_class(vm: &mut Vm, name: &str, bases: &[Value]) -> Value {
    let n = vm.new_str(name);
    let b = vm.new_tuple(bases.to_vec());
    let d = vm.new_dict();
    let module = vm.new_str("sys");
    let _ = vm.dict_set(d, vm.names.module, module);
    let cls = vm.type_new(n, b, d.value()).expect("class creation");
    vm.make_permanent(cls);
    cls
}

pub(super) fn set_attrs(vm: &mut Vm, obj: Value, attrs: &[(&str, Value)]) {
    let i = Gc::<InstanceData>::from_value(obj).expect("instance");
    for (k, v) in attrs {
        let key = vm.intern(k);
        let _ = vm.dict_set(i.dict.get(), key, *v);
    }
}

fn implementation(vm: &mut Vm, version: Value) -> Value {
    let cls = namespace_class(vm, "implementation", &[]);
    let v = vm.call(cls, &[], &[]).expect("implementation");
    let name = vm.new_str("pyrite");
    set_attrs(
        vm,
        v,
        &[
            ("name", name),
            ("version", version),
            ("cache_tag", Value::NONE),
        ],
    );
    v
}

fn flags(vm: &mut Vm) -> Value {
    let cls = namespace_class(vm, "flags", &[]);
    let v = vm.call(cls, &[], &[]).expect("flags");
    let o = Value::small(vm.config.optimize as i64);
    set_attrs(vm, v, &[("optimize", o)]);
    v
}

fn stream(vm: &mut Vm, fd: i64) -> Value {
    let cls = namespace_class(vm, "TextIOWrapper", &[]);
    let t = Gc::<crate::objects::TypeData>::from_value(cls).expect("class");
    vm.add_method(t, "write", stream_write);
    vm.add_method(t, "flush", stream_flush);
    let v = vm.call(cls, &[], &[]).expect("stream");
    let name = vm.new_str(if fd == 1 { "<stdout>" } else { "<stderr>" });
    set_attrs(vm, v, &[("_fd", Value::small(fd)), ("name", name)]);
    vm.make_permanent(v);
    v
}

/// The file descriptor of `sys.stdout`/`sys.stderr` objects (None for other objects).
pub fn std_stream_fd(vm: &mut Vm, v: Value) -> Option<i64> {
    let i = Gc::<InstanceData>::from_value(v)?;
    let key = vm.intern("_fd");
    let fd = vm.dict_get_str(i.dict.get(), key)?;
    let cls = vm.class_of(v);
    if crate::ops::str_of(cls.name.get()) != "TextIOWrapper" {
        return None;
    }
    fd.as_small_int()
}

fn stream_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("write", &args, 1, 1)?;
    let Some(s) = crate::ops::as_str(args.pos[1]) else {
        let n = vm.type_name_of(args.pos[1]);
        return Err(vm.type_error(format!("write() argument must be str, not {n}")));
    };
    let s = s.to_string();
    match std_stream_fd(vm, args.pos[0]) {
        Some(1) => vm.write_stdout(&s),
        _ => vm.write_stderr(&s),
    }
    Ok(Value::small(s.chars().count() as i64))
}

fn stream_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("flush", &args, 0, 0)?;
    vm.flush_stdout();
    Ok(Value::NONE)
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("exit", &args, 0, 1)?;
    Err(match args.get(0) {
        Some(c) if !c.is_none() => vm.new_error_arg(ExcKind::SystemExit, c),
        _ => vm.new_error_noargs(ExcKind::SystemExit),
    })
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("setrecursionlimit", &args, 1, 1)?;
    let n = vm.to_i64_index(args.pos[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.frames.len() {
        return Err(vm.new_error(
            ExcKind::RecursionError,
            format!("cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low", vm.frames.len()),
        ));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::NONE)
}

fn getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("getrecursionlimit", &args, 0, 0)?;
    Ok(vm.new_int(vm.recursion_limit as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const NAME: &str = "set_int_max_str_digits";
    vm.only_kwargs(NAME, &args, &["maxdigits"])?;
    if args.pos.len() + args.kw.len() > 1 {
        let n = args.pos.len() + args.kw.len();
        return Err(vm.type_error(format!("{NAME}() takes at most 1 argument ({n} given)")));
    }
    let Some(v) = vm.arg_or_kw(&args, 0, "maxdigits") else {
        return Err(vm.type_error(format!(
            "{NAME}() missing required argument 'maxdigits' (pos 1)"
        )));
    };
    let n = vm.to_i64_index(v)?;
    let min = crate::ops::int_str::MIN_MAX_STR_DIGITS as i64;
    if n != 0 && n < min {
        return Err(vm.value_error(format!("maxdigits must be 0 or larger than {min}")));
    }
    vm.int_max_str_digits = n as usize;
    Ok(Value::NONE)
}

fn get_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("get_int_max_str_digits", &args, 0, 0)?;
    Ok(vm.new_int(vm.int_max_str_digits as i64))
}

fn exc_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("exc_info", &args, 0, 0)?;
    let e = vm.current_exception();
    if e.is_unbound() {
        return Ok(vm.new_tuple(vec![Value::NONE, Value::NONE, Value::NONE]));
    }
    let t = vm.class_of(e).value();
    let tb = match Gc::<crate::objects::ExceptionData>::from_value(e) {
        Some(x) => vm.traceback_object(x)?,
        None => Value::NONE,
    };
    Ok(vm.new_tuple(vec![t, e, tb]))
}

fn exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("exception", &args, 0, 0)?;
    let e = vm.current_exception();
    Ok(if e.is_unbound() { Value::NONE } else { e })
}

fn intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("intern", &args, 1, 1)?;
    let s = vm.str_arg(args.pos[0], "intern", "1")?.to_string();
    Ok(vm.intern(&s))
}

fn getsizeof(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.unsupported("sys.getsizeof()"))
}

/// The `sys` module object.
pub fn sys_module(vm: &mut Vm) -> Option<Gc<ModuleData>> {
    let k = vm.intern("sys");
    vm.dict_get_str(vm.modules, k)
        .and_then(Gc::<ModuleData>::from_value)
}

/// `sys._getframemodulename(depth=0)` (as in CPython 3.12): the `__name__` of the
/// module whose code runs `depth` frames above the caller, or None.
fn getframemodulename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("_getframemodulename", &args, 0, 1)?;
    let depth = match args.pos.first() {
        Some(&d) => vm.to_ssize(d)?,
        None => 0,
    };
    let n = vm.frames.len();
    if depth < 0 || depth as usize >= n {
        return Ok(Value::NONE);
    }
    let globals = vm.frames[n - 1 - depth as usize].globals;
    Ok(vm
        .dict_get_str(globals, vm.names.name)
        .unwrap_or(Value::NONE))
}
