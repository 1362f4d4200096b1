//! Methods of `int` (and `bool`).

use crate::error::PyResult;
use crate::objects::function::Args;
use crate::ops::int::{as_int, IntRef};
use crate::value::Value;
use crate::vm::Vm;
use num_traits::Signed;

pub(super) fn install(vm: &mut Vm) {
    let t = vm.types.int;
    vm.add_method(t, "bit_length", bit_length);
    vm.add_method(t, "bit_count", bit_count);
    vm.add_method(t, "conjugate", int_conjugate);
    vm.add_method(t, "__index__", int_index);
    vm.add_method(t, "__int__", int_self);
    vm.add_method(t, "__trunc__", int_trunc);
    vm.add_method(t, "__floor__", int_floor);
    vm.add_method(t, "__ceil__", int_ceil);
    vm.add_method(t, "__float__", int_float);
    vm.add_method(t, "__abs__", int_abs);
    vm.add_method(t, "__neg__", int_neg);
    vm.add_method(t, "__pos__", int_pos);
    vm.add_method(t, "__invert__", int_invert);
    vm.add_method(t, "__round__", int_round);
    vm.add_method(t, "as_integer_ratio", as_integer_ratio);
}

fn this<'a>(vm: &mut Vm, args: &Args, name: &str) -> PyResult<IntRef<'a>> {
    match args.pos.first().and_then(|&v| as_int(v)) {
        Some(i) => Ok(i),
        None => {
            let n = args
                .pos
                .first()
                .map(|&v| vm.type_name_of(v))
                .unwrap_or_default();
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'int' objects doesn't apply to a '{n}' object"
            )))
        }
    }
}

fn bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("int.bit_length", &args, 0, 0)?;
    let i = this(vm, &args, "bit_length")?;
    let n = match i {
        IntRef::Small(x) => 64 - x.unsigned_abs().leading_zeros() as u64,
        IntRef::Big(b) => b.bits(),
    };
    Ok(Value::small(n as i64))
}

fn bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("int.bit_count", &args, 0, 0)?;
    let i = this(vm, &args, "bit_count")?;
    let n: u64 = match i {
        IntRef::Small(x) => x.unsigned_abs().count_ones() as u64,
        IntRef::Big(b) => b
            .abs()
            .to_u64_digits()
            .1
            .iter()
            .map(|d| d.count_ones() as u64)
            .sum(),
    };
    Ok(Value::small(n as i64))
}

/// Methods that return the int itself, each under its own name for error messages.
macro_rules! int_identity {
    ($($f:ident => $name:literal;)*) => {$(
        fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            vm.method_arity($name, &args, 0, 0)?;
            int_self(vm, args)
        }
    )*};
}

int_identity! {
    int_conjugate => "int.conjugate";
    int_index => "int.__index__";
    int_trunc => "int.__trunc__";
    int_floor => "int.__floor__";
    int_ceil => "int.__ceil__";
    int_pos => "int.__pos__";
}

fn int_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("int.__int__", &args, 0, 0)?;
    let i = this(vm, &args, "__int__")?;
    Ok(match i {
        IntRef::Small(x) => vm.new_int(x),
        IntRef::Big(b) => vm.int_from_big(b.clone()),
    })
}

fn int_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("int.__float__", &args, 0, 0)?;
    let i = this(vm, &args, "__float__")?;
    let f = vm.int_to_f64(&i)?;
    Ok(vm.new_float(f))
}

fn int_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("int.__abs__", &args, 0, 0)?;
    let i = this(vm, &args, "__abs__")?;
    let b = i.to_big().abs();
    Ok(vm.int_from_big(b))
}

fn int_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("int.__neg__", &args, 0, 0)?;
    let i = this(vm, &args, "__neg__")?;
    let b = -i.to_big().into_owned();
    Ok(vm.int_from_big(b))
}

fn int_invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("int.__invert__", &args, 0, 0)?;
    let i = this(vm, &args, "__invert__")?;
    let b = !i.to_big().into_owned();
    Ok(vm.int_from_big(b))
}

fn int_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("int.__round__", &args, 0, 1)?;
    let i = this(vm, &args, "__round__")?.to_big().into_owned();
    let nd = args.get(1).filter(|v| !v.is_none());
    vm.round_int(&i, nd)
}

fn as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("int.as_integer_ratio", &args, 0, 0)?;
    let i = this(vm, &args, "as_integer_ratio")?.to_big().into_owned();
    let n = vm.int_from_big(i);
    Ok(vm.new_tuple(vec![n, Value::small(1)]))
}
