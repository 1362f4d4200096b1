//! Methods of `float`.

use crate::error::PyResult;
use crate::objects::function::Args;
use crate::ops::float::as_float;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::FromPrimitive;

pub(super) fn install(vm: &mut Vm) {
    let t = vm.types.float;
    vm.add_method(t, "is_integer", is_integer);
    vm.add_method(t, "as_integer_ratio", as_integer_ratio);
    vm.add_method(t, "conjugate", float_conjugate);
    vm.add_method(t, "__float__", float_self);
    vm.add_method(t, "__int__", float_int);
    vm.add_method(t, "__trunc__", float_int);
    vm.add_method(t, "__floor__", float_floor);
    vm.add_method(t, "__ceil__", float_ceil);
    vm.add_method(t, "__abs__", float_abs);
    vm.add_method(t, "__neg__", float_neg);
    vm.add_method(t, "__pos__", float_self);
    vm.add_method(t, "__round__", float_round);
    vm.add_method(t, "hex", float_hex);
    vm.add_classmethod(t, "fromhex", float_fromhex);
}

fn this(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    match args.pos.first().and_then(|&v| as_float(v)) {
        Some(f) => Ok(f),
        None => {
            let n = args
                .pos
                .first()
                .map(|&v| vm.type_name_of(v))
                .unwrap_or_default();
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'float' objects doesn't apply to a '{n}' object"
            )))
        }
    }
}

fn is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("float.is_integer", &args, 0, 0)?;
    let f = this(vm, &args, "is_integer")?;
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

fn as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("float.as_integer_ratio", &args, 0, 0)?;
    let f = this(vm, &args, "as_integer_ratio")?;
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let mut m = f;
    let mut e = 0i32;
    while m.fract() != 0.0 {
        m *= 2.0;
        e += 1;
    }
    let num = BigInt::from_f64(m).expect("finite");
    let den = BigInt::from(1) << e as usize;
    let g = num_integer::Integer::gcd(&num, &den);
    let (n, d) = (vm.int_from_big(&num / &g), vm.int_from_big(&den / &g));
    Ok(vm.new_tuple(vec![n, d]))
}

fn float_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("float.conjugate", &args, 0, 0)?;
    float_self(vm, args)
}

fn float_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("float.__float__", &args, 0, 0)?;
    let f = this(vm, &args, "__float__")?;
    Ok(vm.new_float(f))
}

fn float_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("float.__int__", &args, 0, 0)?;
    let v = args.pos[0];
    let f = this(vm, &args, "__int__")?;
    let _ = f;
    let inner = vm.new_float(f);
    let _ = v;
    vm.to_int(inner)
}

fn float_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("float.__floor__", &args, 0, 0)?;
    let f = this(vm, &args, "__floor__")?.floor();
    let v = vm.new_float(f);
    vm.to_int(v)
}

fn float_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("float.__ceil__", &args, 0, 0)?;
    let f = this(vm, &args, "__ceil__")?.ceil();
    let v = vm.new_float(f);
    vm.to_int(v)
}

fn float_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("float.__abs__", &args, 0, 0)?;
    let f = this(vm, &args, "__abs__")?;
    Ok(vm.new_float(f.abs()))
}

fn float_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("float.__neg__", &args, 0, 0)?;
    let f = this(vm, &args, "__neg__")?;
    Ok(vm.new_float(-f))
}

fn float_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("float.__round__", &args, 0, 1)?;
    let f = this(vm, &args, "__round__")?;
    let nd = args.get(1).filter(|v| !v.is_none());
    vm.round_float(f, nd)
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("float.hex", &args, 0, 0)?;
    let x = this(vm, &args, "hex")?;
    Ok(vm.new_str(crate::format::float_hex::to_hex(x)))
}

/// `float.fromhex(s)` (a class method: subclasses are called with the float).
fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use crate::format::float_hex::{from_hex, FromHexError};
    vm.method_arity("float.fromhex", &args, 1, 1)?;
    let Some(s) = crate::ops::as_str(args.pos[1]) else {
        let n = vm.type_name_of(args.pos[1]);
        return Err(vm.type_error(format!("bad argument type for built-in operation ({n})")));
    };
    let x = match from_hex(s) {
        Ok(x) => vm.new_float(x),
        Err(FromHexError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"))
        }
        Err(FromHexError::TooLarge) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"))
        }
    };
    let cls = args.pos[0];
    if cls == vm.types.float.value() {
        return Ok(x);
    }
    vm.call(cls, &[x], &[])
}
