//! Methods of `tuple`, `range` and `slice`.

use crate::error::PyResult;
use crate::objects::function::Args;
use crate::objects::{RangeData, SliceData, TupleData};
use crate::ops::int::as_int;
use crate::value::Value;
use crate::vm::Vm;
use num_traits::ToPrimitive;

pub(super) fn install(vm: &mut Vm) {
    let t = vm.types.tuple;
    vm.add_method(t, "count", tuple_count);
    vm.add_method(t, "index", tuple_index);
    let r = vm.types.range;
    vm.add_method(r, "count", range_count);
    vm.add_method(r, "index", range_index);
    vm.add_method(r, "__reversed__", range_reversed);
    vm.add_method(vm.types.slice, "indices", slice_indices);
}

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("tuple.count", &args, 1, 1)?;
    let t = vm.self_as::<TupleData>(&args, "count", "tuple")?;
    let mut n = 0;
    for i in 0..t.items.len() {
        if vm.eq(t.items[i], args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::small(n))
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("index", &args, 1, 3)?;
    let t = vm.self_as::<TupleData>(&args, "index", "tuple")?;
    let n = t.items.len() as i64;
    let bound = |vm: &mut Vm, v: Option<Value>, d: i64| -> PyResult<usize> {
        match v {
            None => Ok(d as usize),
            Some(v) => {
                let i = vm.to_clamped_index(v)?;
                Ok((if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize)
            }
        }
    };
    let (start, stop) = (bound(vm, args.get(2), 0)?, bound(vm, args.get(3), n)?);
    for i in start..stop {
        if vm.eq(t.items[i], args.pos[1])? {
            return Ok(Value::small(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("range.count", &args, 1, 1)?;
    let r = vm.self_as::<RangeData>(&args, "count", "range")?;
    if as_int(args.pos[1]).is_some() {
        return Ok(Value::small(vm.contains(r.value(), args.pos[1])? as i64));
    }
    let mut n = 0;
    for i in 0..r.len() {
        let v = vm.new_int128(r.item(i));
        if vm.eq(v, args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::small(n))
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("range.index", &args, 1, 1)?;
    let r = vm.self_as::<RangeData>(&args, "index", "range")?;
    if let Some(x) = as_int(args.pos[1]).and_then(|i| i.to_big().to_i128()) {
        if vm.contains(r.value(), args.pos[1])? {
            return Ok(vm.new_int128((x - r.start) / r.step));
        }
    }
    let s = vm.repr(args.pos[1])?;
    Err(vm.value_error(format!("{s} is not in range")))
}

fn range_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("range.__reversed__", &args, 0, 0)?;
    let r = vm.self_as::<RangeData>(&args, "__reversed__", "range")?;
    vm.reversed(r.value())
}

fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("slice.indices", &args, 1, 1)?;
    let s = vm.self_as::<SliceData>(&args, "indices", "slice")?;
    let n = vm.to_i64_index(args.pos[1])?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let idx = vm.slice_indices(s, n as usize)?;
    let parts = vec![
        vm.new_int(idx.start),
        vm.new_int(idx.stop),
        vm.new_int(idx.step),
    ];
    Ok(vm.new_tuple(parts))
}
