//! `OSError`: the `errno`/`strerror`/`filename` arguments, CPython's message format and
//! the mapping from an errno to the matching subclass (`OSError(2, ...)` is a
//! `FileNotFoundError`).
//!
//! With two to five arguments, `OSError(errno, strerror[, filename[, winerror[,
//! filename2]]])` keeps only `(errno, strerror)` as `args` and exposes the rest as
//! attributes; with any other count every attribute is None and `args` is unchanged.
//! The arguments are read both when the object is made and by `OSError.__init__`, so
//! subclasses that call `super().__init__(errno, msg)` are covered too.

use crate::error::{ExcKind, PyResult};
use crate::objects::function::Args;
use crate::objects::{ExceptionData, Gc, TypeData};
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn install(vm: &mut Vm) {
    let t = vm.types.exc(ExcKind::OSError);
    vm.add_method(t, "__init__", init);
    vm.add_method(t, "__str__", str_);
}

/// The OSError subclass CPython picks for an errno (Linux numbering).
fn subclass_for_errno(errno: i64) -> Option<ExcKind> {
    Some(match errno {
        1 | 13 => ExcKind::PermissionError,
        2 => ExcKind::FileNotFoundError,
        3 => ExcKind::ProcessLookupError,
        4 => ExcKind::InterruptedError,
        10 => ExcKind::ChildProcessError,
        11 | 114 | 115 => ExcKind::BlockingIOError,
        17 => ExcKind::FileExistsError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        32 | 108 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        104 => ExcKind::ConnectionResetError,
        110 => ExcKind::TimeoutError,
        111 => ExcKind::ConnectionRefusedError,
        _ => return None,
    })
}

impl Vm {
    /// The class to instantiate for `cls(*pos)`: `OSError` itself becomes the subclass
    /// matching the errno argument.
    pub(crate) fn os_error_class(&mut self, cls: Gc<TypeData>, pos: &[Value]) -> Gc<TypeData> {
        if cls != self.types.exc(ExcKind::OSError) || !(2..=5).contains(&pos.len()) {
            return cls;
        }
        match pos[0].as_small_int().and_then(subclass_for_errno) {
            Some(kind) => self.types.exc(kind),
            None => cls,
        }
    }

    /// Whether `cls` derives from OSError.
    pub(crate) fn is_os_error_class(&mut self, cls: Gc<TypeData>) -> bool {
        self.is_subclass(cls, self.types.exc(ExcKind::OSError))
    }

    /// Sets `args` and the errno/strerror/filename/filename2 attributes of an OSError
    /// from its constructor arguments.
    pub(crate) fn os_error_setup(&mut self, e: Value, pos: &[Value]) -> PyResult<()> {
        let Some(data) = Gc::<ExceptionData>::from_value(e) else {
            return Ok(());
        };
        let n = pos.len();
        let parsed = (2..=5).contains(&n);
        let get = |i: usize| {
            if parsed && i < n {
                pos[i]
            } else {
                Value::NONE
            }
        };
        let attrs = [
            ("errno", get(0)),
            ("strerror", get(1)),
            ("filename", get(2)),
            ("filename2", get(4)),
        ];
        for (name, v) in attrs {
            let k = self.intern(name);
            self.setattr(e, k, v)?;
        }
        if parsed && n > 2 {
            let t = self.new_tuple(pos[..2].to_vec());
            data.args.set(t);
        }
        Ok(())
    }
}

fn init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = vm.self_as::<ExceptionData>(&args, "__init__", "OSError")?;
    if !args.kw.is_empty() {
        let n = vm.type_name_of(args.pos[0]);
        return Err(vm.type_error(format!("{n}() takes no keyword arguments")));
    }
    let t = vm.new_tuple(args.pos[1..].to_vec());
    e.args.set(t);
    vm.os_error_setup(args.pos[0], &args.pos[1..])?;
    Ok(Value::NONE)
}

fn str_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("OSError.__str__", &args, 0, 0)?;
    let e = args.pos[0];
    match vm.os_error_str(e)? {
        Some(s) => Ok(vm.new_str(s)),
        None => {
            let base = vm.types.exc(ExcKind::BaseException);
            let f = vm
                .lookup_type(base, vm.names.str_)
                .expect("BaseException.__str__");
            vm.call(f, &[e], &[])
        }
    }
}

impl Vm {
    /// `[Errno 2] No such file or directory: 'name'`; `None` when the exception has no
    /// errno and strerror (BaseException's format applies).
    pub(crate) fn os_error_str(&mut self, e: Value) -> PyResult<Option<String>> {
        let attr = |vm: &mut Vm, name: &str| -> PyResult<Value> {
            let k = vm.intern(name);
            Ok(vm.getattr_opt(e, k)?.unwrap_or(Value::NONE))
        };
        let (errno, strerror) = (attr(self, "errno")?, attr(self, "strerror")?);
        let (filename, filename2) = (attr(self, "filename")?, attr(self, "filename2")?);
        if !filename.is_none() {
            let (no, se, f) = (self.str(errno)?, self.str(strerror)?, self.repr(filename)?);
            if filename2.is_none() {
                return Ok(Some(format!("[Errno {no}] {se}: {f}")));
            }
            let f2 = self.repr(filename2)?;
            return Ok(Some(format!("[Errno {no}] {se}: {f} -> {f2}")));
        }
        if !errno.is_none() && !strerror.is_none() {
            let (no, se) = (self.str(errno)?, self.str(strerror)?);
            return Ok(Some(format!("[Errno {no}] {se}")));
        }
        Ok(None)
    }
}
