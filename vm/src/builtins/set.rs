//! Methods of `set` and `frozenset`.

use crate::compiler::bytecode::BinOp;
use crate::error::PyResult;
use crate::objects::function::{Args, NativeFn};
use crate::objects::{Gc, SetData};
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn install(vm: &mut Vm) {
    let both: [(&'static str, NativeFn); 8] = [
        ("copy", copy),
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
    ];
    for t in [vm.types.set, vm.types.frozenset] {
        for (n, f) in both {
            vm.add_method(t, n, f);
        }
    }
    let s = vm.types.set;
    for (n, f) in [
        ("add", add as NativeFn),
        ("remove", remove),
        ("discard", discard),
        ("pop", pop),
        ("clear", clear),
        ("update", update),
        ("intersection_update", intersection_update),
        ("difference_update", difference_update),
        ("symmetric_difference_update", symmetric_difference_update),
        ("__init__", init),
    ] {
        vm.add_method(s, n, f);
    }
}

fn this(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Gc<SetData>> {
    vm.self_as::<SetData>(args, name, "set")
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("set.add", &args, 1, 1)?;
    let s = this(vm, &args, "add")?;
    vm.set_add_raw(s, args.pos[1])?;
    Ok(Value::NONE)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("set.remove", &args, 1, 1)?;
    let s = this(vm, &args, "remove")?;
    if vm.set_discard(s, args.pos[1])? {
        Ok(Value::NONE)
    } else {
        Err(vm.key_error(args.pos[1]))
    }
}

fn discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("set.discard", &args, 1, 1)?;
    let s = this(vm, &args, "discard")?;
    vm.set_discard(s, args.pos[1])?;
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("set.pop", &args, 0, 0)?;
    let s = this(vm, &args, "pop")?;
    let v = s.table.borrow_mut().pop();
    match v {
        Some(v) => Ok(v),
        None => {
            let m = vm.new_str("pop from an empty set");
            Err(vm.key_error(m))
        }
    }
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("set.clear", &args, 0, 0)?;
    let s = this(vm, &args, "clear")?;
    s.table.borrow_mut().clear();
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("copy", &args, 0, 0)?;
    let s = this(vm, &args, "copy")?;
    let frozen = vm.class_of(s.value()) == vm.types.frozenset;
    if frozen {
        return Ok(s.value());
    }
    vm.make_set(s.value(), false)
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.no_kwargs("update", &args)?;
    let s = this(vm, &args, "update")?;
    for &o in &args.pos[1..] {
        vm.set_update(s.value(), o)?;
    }
    Ok(Value::NONE)
}

fn init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("set", &args, 0, 1)?;
    let s = this(vm, &args, "__init__")?;
    s.table.borrow_mut().clear();
    if let Some(o) = args.get(1) {
        vm.set_update(s.value(), o)?;
    }
    Ok(Value::NONE)
}

/// Applies a set operation with each argument in turn (converting non-sets).
fn fold(vm: &mut Vm, args: Args, name: &str, op: BinOp) -> PyResult<Value> {
    vm.no_kwargs(name, &args)?;
    let s = this(vm, &args, name)?;
    let mut acc = s.value();
    if args.len() == 1 {
        return copy(vm, args);
    }
    for &o in &args.pos[1..] {
        let other = if vm.is_any_set(o) {
            o
        } else {
            vm.make_set(o, false)?
        };
        acc = vm.with_roots(&[acc, other], |vm| vm.set_binop(acc, other, op))?;
    }
    Ok(acc)
}

fn union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fold(vm, args, "union", BinOp::Or)
}

fn intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fold(vm, args, "intersection", BinOp::And)
}

fn difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fold(vm, args, "difference", BinOp::Sub)
}

fn symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("symmetric_difference", &args, 1, 1)?;
    fold(vm, args, "symmetric_difference", BinOp::Xor)
}

fn inplace(vm: &mut Vm, args: Args, name: &str, op: BinOp) -> PyResult<Value> {
    vm.no_kwargs(name, &args)?;
    let s = this(vm, &args, name)?;
    for &o in &args.pos[1..] {
        let other = if vm.is_any_set(o) {
            o
        } else {
            vm.make_set(o, false)?
        };
        vm.with_roots(&[other], |vm| vm.set_inplace(s.value(), other, op))?;
    }
    Ok(Value::NONE)
}

fn intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "intersection_update", BinOp::And)
}

fn difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "difference_update", BinOp::Sub)
}

fn symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("symmetric_difference_update", &args, 1, 1)?;
    inplace(vm, args, "symmetric_difference_update", BinOp::Xor)
}

fn as_set(vm: &mut Vm, v: Value) -> PyResult<Gc<SetData>> {
    let s = if vm.is_any_set(v) {
        v
    } else {
        vm.make_set(v, false)?
    };
    Ok(Gc::<SetData>::from_value(
        crate::ops::unwrap_kind(s, crate::objects::Kind::Set).expect("set"),
    )
    .expect("set"))
}

fn issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("issubset", &args, 1, 1)?;
    let s = this(vm, &args, "issubset")?;
    let o = as_set(vm, args.pos[1])?;
    Ok(Value::bool(
        vm.with_roots(&[o.value()], |vm| vm.set_is_subset(s, o))?,
    ))
}

fn issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("issuperset", &args, 1, 1)?;
    let s = this(vm, &args, "issuperset")?;
    let o = as_set(vm, args.pos[1])?;
    Ok(Value::bool(
        vm.with_roots(&[o.value()], |vm| vm.set_is_subset(o, s))?,
    ))
}

fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("isdisjoint", &args, 1, 1)?;
    let s = this(vm, &args, "isdisjoint")?;
    let items = vm.collect_iterable(args.pos[1])?;
    for x in items {
        if vm.set_contains(s, x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}
