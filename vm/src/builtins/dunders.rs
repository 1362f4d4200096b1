//! Special methods of the built-in classes (`int.__add__`, `list.__getitem__`...).
//!
//! The interpreter never calls these for built-in values (it has native fast paths); they
//! exist so that user subclasses inherit them, `super().__add__(x)` works, and explicit
//! calls such as `int.__add__(1, 2)` behave as in CPython.

use crate::compiler::bytecode::BinOp;
use crate::error::PyResult;
use crate::objects::function::{Args, NativeFn};
use crate::objects::Gc;
use crate::objects::TypeData;
use crate::ops::compare::CmpOp;
use crate::value::Value;
use crate::vm::Vm;

macro_rules! binop_natives {
    ($($fwd:ident $fname:literal, $rev:ident $rname:literal => $op:expr;)*) => {
        $(
            fn $fwd(vm: &mut Vm, args: Args) -> PyResult<Value> {
                vm.method_arity(stringify!($fwd), &args, 1, 1)?;
                if int_with_non_int(args.pos[0], args.pos[1]) {
                    return Ok(Value::NOT_IMPLEMENTED);
                }
                Ok(vm.builtin_binop(args.pos[0], args.pos[1], $op)?.unwrap_or(Value::NOT_IMPLEMENTED))
            }
            fn $rev(vm: &mut Vm, args: Args) -> PyResult<Value> {
                vm.method_arity(stringify!($rev), &args, 1, 1)?;
                if int_with_non_int(args.pos[0], args.pos[1]) {
                    return Ok(Value::NOT_IMPLEMENTED);
                }
                Ok(vm.builtin_binop(args.pos[1], args.pos[0], $op)?.unwrap_or(Value::NOT_IMPLEMENTED))
            }
        )*
        const BINOPS: &[(&str, &str, NativeFn, NativeFn, BinOp)] = &[
            $(($fname, $rname, $fwd, $rev, $op)),*
        ];
    };
}

binop_natives! {
    add "__add__", radd "__radd__" => BinOp::Add;
    sub "__sub__", rsub "__rsub__" => BinOp::Sub;
    mul "__mul__", rmul "__rmul__" => BinOp::Mul;
    truediv "__truediv__", rtruediv "__rtruediv__" => BinOp::TrueDiv;
    floordiv "__floordiv__", rfloordiv "__rfloordiv__" => BinOp::FloorDiv;
    modulo "__mod__", rmod "__rmod__" => BinOp::Mod;
    pow "__pow__", rpow "__rpow__" => BinOp::Pow;
    lshift "__lshift__", rlshift "__rlshift__" => BinOp::LShift;
    rshift "__rshift__", rrshift "__rrshift__" => BinOp::RShift;
    and "__and__", rand "__rand__" => BinOp::And;
    or "__or__", ror "__ror__" => BinOp::Or;
    xor "__xor__", rxor "__rxor__" => BinOp::Xor;
}

macro_rules! cmp_natives {
    ($($name:ident => $op:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                vm.method_arity(stringify!($name), &args, 1, 1)?;
                if int_with_non_int(args.pos[0], args.pos[1]) {
                    return Ok(Value::NOT_IMPLEMENTED);
                }
                vm.builtin_compare_value(args.pos[0], args.pos[1], $op)
            }
        )*
        const CMPS: &[(&str, NativeFn)] = &[$((concat!("__", stringify!($name), "__"), $name)),*];
    };
}

cmp_natives! {
    eq => CmpOp::Eq;
    ne => CmpOp::Ne;
    lt => CmpOp::Lt;
    le => CmpOp::Le;
    gt => CmpOp::Gt;
    ge => CmpOp::Ge;
}

/// `int`'s operator methods only take ints: with anything else (a float too) they return
/// NotImplemented, leaving the operation to the other operand.
fn int_with_non_int(me: Value, other: Value) -> bool {
    use crate::ops::int::as_int;
    as_int(me).is_some() && as_int(other).is_none()
}

fn unwrap(v: Value) -> Value {
    match Gc::<crate::objects::InstanceData>::from_value(v) {
        Some(i) if !i.base.get().is_unbound() => i.base.get(),
        _ => v,
    }
}

fn d_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__len__", &args, 0, 0)?;
    let n = vm.builtin_len(unwrap(args.pos[0])).unwrap_or(0);
    Ok(Value::small(n as i64))
}

fn d_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__getitem__", &args, 1, 1)?;
    vm.builtin_getitem(args.pos[0], args.pos[1])
}

fn d_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__setitem__", &args, 2, 2)?;
    vm.builtin_setitem(args.pos[0], args.pos[1], args.pos[2])?;
    Ok(Value::NONE)
}

fn d_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__delitem__", &args, 1, 1)?;
    vm.builtin_delitem(args.pos[0], args.pos[1])?;
    Ok(Value::NONE)
}

fn d_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__contains__", &args, 1, 1)?;
    Ok(Value::bool(
        vm.builtin_contains(unwrap(args.pos[0]), args.pos[1])?,
    ))
}

fn d_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__iter__", &args, 0, 0)?;
    vm.get_iter(unwrap(args.pos[0]))
}

fn d_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__repr__", &args, 0, 0)?;
    let s = vm.builtin_repr(args.pos[0])?;
    Ok(vm.new_str(s))
}

fn d_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__str__", &args, 0, 0)?;
    let v = unwrap(args.pos[0]);
    let s = if crate::objects::is_kind(v, crate::objects::Kind::Exception) {
        vm.str(v)?
    } else {
        vm.builtin_repr(v)?
    };
    let s = match crate::ops::as_str(v) {
        Some(text) => text.to_string(),
        None => s,
    };
    Ok(vm.new_str(s))
}

fn d_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__hash__", &args, 0, 0)?;
    let h = vm.hash(unwrap(args.pos[0]))?;
    Ok(vm.new_int(h))
}

fn d_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__bool__", &args, 0, 0)?;
    Ok(Value::bool(vm.truthy(unwrap(args.pos[0]))?))
}

fn d_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__format__", &args, 1, 1)?;
    let spec = vm.str_arg(args.pos[1], "format", "2")?.to_string();
    let s = vm.builtin_format(unwrap(args.pos[0]), &spec)?;
    Ok(vm.new_str(s))
}

pub(super) fn install(vm: &mut Vm) {
    let t = &vm.types;
    let numeric: Vec<Gc<TypeData>> = vec![t.int, t.float, t.bool_];
    let containers: Vec<Gc<TypeData>> =
        vec![t.str_, t.list, t.tuple, t.dict, t.set, t.frozenset, t.range];
    let all: Vec<Gc<TypeData>> = numeric.iter().chain(&containers).copied().collect();
    for &ty in &numeric {
        for &(f, r, ff, rf, _) in BINOPS {
            vm.add_method(ty, f, ff);
            vm.add_method(ty, r, rf);
        }
        vm.add_method(ty, "__bool__", d_bool);
        vm.add_method(ty, "__format__", d_format);
    }
    let seq_ops: &[(Gc<TypeData>, &[BinOp])] = &[
        (vm.types.str_, &[BinOp::Add, BinOp::Mul, BinOp::Mod]),
        (vm.types.list, &[BinOp::Add, BinOp::Mul]),
        (vm.types.tuple, &[BinOp::Add, BinOp::Mul]),
        (
            vm.types.set,
            &[BinOp::Or, BinOp::And, BinOp::Sub, BinOp::Xor],
        ),
        (
            vm.types.frozenset,
            &[BinOp::Or, BinOp::And, BinOp::Sub, BinOp::Xor],
        ),
        (vm.types.dict, &[BinOp::Or]),
    ];
    for &(ty, ops) in seq_ops {
        for &(f, r, ff, rf, op) in BINOPS {
            if ops.contains(&op) {
                vm.add_method(ty, f, ff);
                vm.add_method(ty, r, rf);
            }
        }
    }
    for &ty in &all {
        for &(n, f) in CMPS {
            vm.add_method(ty, n, f);
        }
        vm.add_method(ty, "__repr__", d_repr);
        vm.add_method(ty, "__hash__", d_hash);
    }
    for &ty in &containers {
        vm.add_method(ty, "__len__", d_len);
        vm.add_method(ty, "__getitem__", d_getitem);
        vm.add_method(ty, "__contains__", d_contains);
        vm.add_method(ty, "__iter__", d_iter);
    }
    for ty in [vm.types.list, vm.types.dict] {
        vm.add_method(ty, "__setitem__", d_setitem);
        vm.add_method(ty, "__delitem__", d_delitem);
    }
    for ty in [vm.types.str_, vm.types.int, vm.types.float] {
        vm.add_method(ty, "__str__", d_str);
    }
    vm.add_method(vm.types.str_, "__format__", d_format);
    for ty in [vm.types.list, vm.types.dict, vm.types.set] {
        vm.add_class_attr(ty, "__hash__", Value::NONE);
    }
}

impl Vm {
    /// A built-in comparison as a Python value (NotImplemented when not comparable natively).
    pub fn builtin_compare_value(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
        let (a, b) = (unwrap(a), unwrap(b));
        match self.builtin_compare_pub(a, b, op)? {
            Some(r) => Ok(Value::bool(r)),
            None => Ok(Value::NOT_IMPLEMENTED),
        }
    }
}
