//! `posix`: the operating-system calls behind the frozen `os` and `posixpath` modules
//! (files and directories, the working directory, the environment, the process id).
//!
//! Every failure raises the OSError subclass for its errno with CPython's message,
//! naming the path involved.

use crate::error::PyResult;
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn install(vm: &mut Vm) {
    let m = super::builtin_module(vm, "posix");
    vm.module_fn(m, "getcwd", getcwd);
    vm.module_fn(m, "chdir", chdir);
    vm.module_fn(m, "listdir", listdir);
    vm.module_fn(m, "remove", remove);
    vm.module_fn(m, "unlink", remove);
    vm.module_fn(m, "mkdir", mkdir);
    vm.module_fn(m, "rmdir", rmdir);
    vm.module_fn(m, "rename", rename);
    vm.module_fn(m, "replace", rename);
    vm.module_fn(m, "getpid", getpid);
    vm.module_fn(m, "cpu_count", cpu_count);
    vm.module_fn(m, "_kind", kind);
    vm.module_fn(m, "_size", size);
    let env = vm.new_dict();
    for (k, v) in std::env::vars() {
        let (k, v) = (vm.new_str(k), vm.new_str(v));
        let _ = vm.dict_set(env, k, v);
    }
    vm.module_attr(m, "environ", env.value());
}

/// The path argument `i` as a string (str only: pyrite has no bytes or PathLike yet).
fn path_arg(vm: &mut Vm, args: &Args, i: usize, fname: &str) -> PyResult<String> {
    let v = args.pos.get(i).copied().unwrap_or(Value::NONE);
    match crate::ops::as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let t = vm.type_name_of(v);
            Err(vm.type_error(format!(
                "{fname}: path should be string, bytes or os.PathLike, not {t}"
            )))
        }
    }
}

fn fail<T>(vm: &mut Vm, r: std::io::Result<T>, path: &str) -> PyResult<T> {
    r.map_err(|e| vm.os_error_from(&e, Some(path)))
}

fn getcwd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("getcwd", &args, 0, 0)?;
    let d = fail(vm, std::env::current_dir(), ".")?;
    Ok(vm.new_str(d.to_string_lossy().to_string()))
}

fn chdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("chdir", &args, 1, 1)?;
    let p = path_arg(vm, &args, 0, "chdir")?;
    fail(vm, std::env::set_current_dir(&p), &p)?;
    Ok(Value::NONE)
}

/// `listdir(path='.')`: entry names in directory order (as the OS returns them).
fn listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("listdir", &args, 0, 1)?;
    let p = if args.pos.is_empty() {
        ".".to_string()
    } else {
        path_arg(vm, &args, 0, "listdir")?
    };
    let entries = fail(vm, std::fs::read_dir(&p), &p)?;
    let mut names = Vec::new();
    for e in entries {
        let e = fail(vm, e, &p)?;
        names.push(e.file_name().to_string_lossy().to_string());
    }
    let items: Vec<Value> = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("remove", &args, 1, 1)?;
    let p = path_arg(vm, &args, 0, "remove")?;
    fail(vm, std::fs::remove_file(&p), &p)?;
    Ok(Value::NONE)
}

fn mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("mkdir", &args, 1, 2)?;
    let p = path_arg(vm, &args, 0, "mkdir")?;
    fail(vm, std::fs::create_dir(&p), &p)?;
    Ok(Value::NONE)
}

fn rmdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("rmdir", &args, 1, 1)?;
    let p = path_arg(vm, &args, 0, "rmdir")?;
    fail(vm, std::fs::remove_dir(&p), &p)?;
    Ok(Value::NONE)
}

fn rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("rename", &args, 2, 2)?;
    let a = path_arg(vm, &args, 0, "rename")?;
    let b = path_arg(vm, &args, 1, "rename")?;
    let r = std::fs::rename(&a, &b);
    if let Err(e) = r {
        let err = vm.os_error_from(&e, Some(&a));
        let k = vm.intern("filename2");
        let v = vm.new_str(b);
        vm.setattr(err.exc.value(), k, v)?;
        return Err(err);
    }
    Ok(Value::NONE)
}

fn getpid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("getpid", &args, 0, 0)?;
    Ok(vm.new_int(std::process::id() as i64))
}

fn cpu_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("cpu_count", &args, 0, 0)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => vm.new_int(n.get() as i64),
        Err(_) => Value::NONE,
    })
}

/// `_kind(path)`: 'file', 'dir', 'other' or None when nothing is there (following
/// symbolic links, like `os.path.isfile`).
fn kind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("_kind", &args, 1, 1)?;
    let p = path_arg(vm, &args, 0, "stat")?;
    Ok(match std::fs::metadata(&p) {
        Ok(m) if m.is_file() => vm.new_str("file"),
        Ok(m) if m.is_dir() => vm.new_str("dir"),
        Ok(_) => vm.new_str("other"),
        Err(_) => Value::NONE,
    })
}

/// `_size(path)`: the size in bytes (`os.path.getsize`).
fn size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("_size", &args, 1, 1)?;
    let p = path_arg(vm, &args, 0, "stat")?;
    let m = fail(vm, std::fs::metadata(&p), &p)?;
    Ok(vm.new_int(m.len() as i64))
}
