//! The `gc` module: control over pyrite's collector.

use crate::error::PyResult;
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn install(vm: &mut Vm) {
    let m = super::builtin_module(vm, "gc");
    vm.module_fn(m, "collect", collect);
    vm.module_fn(m, "enable", enable);
    vm.module_fn(m, "disable", disable);
    vm.module_fn(m, "isenabled", isenabled);
    vm.module_fn(m, "get_stats", get_stats);
}

/// `gc.collect()`: a full collection now (every live value is rooted in a frame here).
fn collect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("collect", &args, 0, 1)?;
    let freed = vm.collect_garbage();
    Ok(vm.new_int(freed as i64))
}

fn enable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("enable", &args, 0, 0)?;
    vm.heap.set_enabled(true);
    Ok(Value::NONE)
}

fn disable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("disable", &args, 0, 0)?;
    vm.heap.set_enabled(false);
    Ok(Value::NONE)
}

fn isenabled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("isenabled", &args, 0, 0)?;
    Ok(Value::bool(vm.heap.is_enabled()))
}

fn get_stats(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("get_stats", &args, 0, 0)?;
    let s = vm.heap.stats();
    let d = vm.new_dict();
    for (k, v) in [
        ("collections", s.collections as i64),
        ("collected", s.objects_freed as i64),
        ("uncollectable", 0),
    ] {
        let key = vm.intern(k);
        vm.dict_set(d, key, Value::small(v))?;
    }
    Ok(vm.new_list(vec![d.value()]))
}
