//! `_time`: the clocks and `sleep` behind the frozen `time` module (which adds
//! `struct_time`, `gmtime`, `localtime`, `strftime`... over `time_calendar`).

use crate::error::PyResult;
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

fn start() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

pub(super) fn install(vm: &mut Vm) {
    let _ = start();
    let m = super::builtin_module(vm, "_time");
    vm.module_fn(m, "time", time);
    vm.module_fn(m, "time_ns", time_ns);
    vm.module_fn(m, "perf_counter", perf_counter);
    vm.module_fn(m, "perf_counter_ns", perf_counter_ns);
    vm.module_fn(m, "monotonic", perf_counter);
    vm.module_fn(m, "monotonic_ns", perf_counter_ns);
    vm.module_fn(m, "process_time", process_time);
    vm.module_fn(m, "sleep", sleep);
    super::time_calendar::install(vm, m);
}

fn time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("time", &args, 0, 0)?;
    let t = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    Ok(vm.new_float(t))
}

fn time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("time_ns", &args, 0, 0)?;
    let t = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    Ok(vm.new_int128(t as i128))
}

fn perf_counter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("perf_counter", &args, 0, 0)?;
    Ok(vm.new_float(start().elapsed().as_secs_f64()))
}

fn perf_counter_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("perf_counter_ns", &args, 0, 0)?;
    Ok(vm.new_int128(start().elapsed().as_nanos() as i128))
}

fn process_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("process_time", &args, 0, 0)?;
    Ok(vm.new_float(start().elapsed().as_secs_f64()))
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("sleep", &args, 1, 1)?;
    let s = vm.to_f64(args.pos[0])?;
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(s));
    Ok(Value::NONE)
}
