//! `sys._getframe(depth)`: read-only snapshots of the interpreter's frames.
//!
//! A frame object here is a plain namespace made on request: `f_code`, `f_lineno`,
//! `f_globals`, `f_locals` (a snapshot, as `locals()` gives), `f_builtins` and `f_back`
//! (the caller's snapshot, None for the outermost frame). They are enough for the
//! common uses — finding the caller's module, file and line (warnings, logging,
//! namedtuple-style factories) — but are not live: assigning to them changes nothing.

use crate::error::{ExcKind, PyResult};
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn install(vm: &mut Vm, m: crate::objects::Gc<crate::objects::ModuleData>) {
    let cls = super::sys::namespace_class(vm, "frame", &[]);
    let k = vm.intern("_frame_class");
    let _ = vm.dict_set(m.dict, k, cls);
    vm.module_fn(m, "_getframe", getframe);
}

fn getframe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("_getframe", &args, 0, 1)?;
    let depth = match args.pos.first() {
        Some(&d) => vm.to_ssize(d)?,
        None => 0,
    };
    let n = vm.frames.len() as i64;
    if depth < 0 || depth >= n {
        return Err(vm.new_error(ExcKind::ValueError, "call stack is not deep enough"));
    }
    let sys = super::sys::sys_module(vm).expect("sys module");
    let k = vm.intern("_frame_class");
    let cls = vm.dict_get_str(sys.dict, k).expect("frame class");
    // Build from the outermost frame inwards so each f_back exists when needed.
    let target = (n - 1 - depth) as usize;
    let mut back = Value::NONE;
    for fi in 0..=target {
        back = vm.with_roots(&[back], |vm| frame_object(vm, cls, fi, back))?;
    }
    Ok(back)
}

fn frame_object(vm: &mut Vm, cls: Value, fi: usize, back: Value) -> PyResult<Value> {
    let (code, pc, globals) = {
        let f = &vm.frames[fi];
        (f.code, f.pc.saturating_sub(1), f.globals)
    };
    let line = vm.new_int(code.line_of(pc) as i64);
    let locals = vm.frame_locals(fi)?;
    let obj = vm.with_roots(&[locals], |vm| vm.call(cls, &[], &[]))?;
    let builtins = vm.builtins.value();
    super::sys::set_attrs(
        vm,
        obj,
        &[
            ("f_code", code.value()),
            ("f_lineno", line),
            ("f_globals", globals.value()),
            ("f_locals", locals),
            ("f_builtins", builtins),
            ("f_back", back),
        ],
    );
    Ok(obj)
}
