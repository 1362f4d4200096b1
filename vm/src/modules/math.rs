//! The `math` module.

use crate::error::{ExcKind, PyResult};
use crate::objects::function::{Args, NativeFn};
use crate::ops::float::as_float;
use crate::ops::int::as_int;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

macro_rules! unary_float {
    ($($name:ident => $f:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                vm.arity(stringify!($name), &args, 1, 1)?;
                let x = float_arg(vm, args.pos[0])?;
                let f: fn(f64) -> f64 = $f;
                finish(vm, x, f(x))
            }
        )*
        const UNARY: &[(&str, NativeFn)] = &[$((stringify!($name), $name)),*];
    };
}

unary_float! {
    sqrt => f64::sqrt;
    exp => f64::exp;
    expm1 => f64::exp_m1;
    sin => f64::sin;
    cos => f64::cos;
    tan => f64::tan;
    asin => f64::asin;
    acos => f64::acos;
    atan => f64::atan;
    sinh => f64::sinh;
    cosh => f64::cosh;
    tanh => f64::tanh;
    asinh => super::libc_math::asinh;
    acosh => super::libc_math::acosh;
    // atanh(±1) is infinite, but CPython reports it as a domain error, not a range error.
    atanh => |x| if x.abs() == 1.0 { f64::NAN } else { super::libc_math::atanh(x) };
    fabs => f64::abs;
    degrees => f64::to_degrees;
    radians => f64::to_radians;
}

pub(super) fn install(vm: &mut Vm) {
    let m = super::builtin_module(vm, "math");
    for (name, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let f = vm.new_float(v);
        vm.module_attr(m, name, f);
    }
    for &(name, f) in UNARY.iter().chain(super::math_special::FUNCS) {
        vm.module_fn(m, name, f);
    }
    for (name, f) in [
        ("log", log as NativeFn),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("pow", pow),
        ("atan2", atan2),
        ("fmod", fmod),
        ("copysign", copysign),
        ("hypot", hypot),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("isclose", isclose),
        ("gcd", gcd),
        ("lcm", lcm),
        ("factorial", factorial),
        ("comb", comb),
        ("perm", perm),
        ("fsum", fsum),
        ("prod", prod),
        ("isqrt", isqrt),
        ("modf", modf),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("dist", dist),
        ("remainder", remainder),
    ] {
        vm.module_fn(m, name, f);
    }
}

/// A float argument: a float, an int, or an object with `__float__`.
pub(super) fn float_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if let Some(f) = as_float(v) {
        return Ok(f);
    }
    if let Some(i) = as_int(v) {
        return vm.int_to_f64(&i);
    }
    let cls = vm.class_of(v);
    if let Some(f) = vm.lookup_type(cls, vm.names.float_) {
        let r = vm.call_special(f, v, &[])?;
        if let Some(x) = as_float(r) {
            return Ok(x);
        }
    }
    let n = vm.type_name(cls);
    Err(vm.type_error(format!("must be real number, not {n}")))
}

/// CPython's error rules: NaN out of non-NaN in is a domain error, infinity out of finite
/// in is a range error.
fn finish(vm: &mut Vm, x: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(vm.new_float(r))
}

/// A logarithm of a number (CPython's `loghelper`): ints too large for a float are split
/// as `m * 2**e` and give `f(m) + e * f(2)`; zero and negative arguments are domain errors.
fn log_of(vm: &mut Vm, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(crate::ops::int::IntRef::Big(b)) = as_int(v) {
        if !b.is_positive() {
            return Err(vm.value_error("math domain error"));
        }
        if b.bits() > 1000 {
            let bits = b.bits();
            let shift = bits - 60;
            let top = (b >> shift as usize).to_f64().unwrap_or(1.0);
            let m = top / 2f64.powi(60); // in [0.5, 1)
            return Ok(f(m) + (bits as f64) * f(2.0));
        }
    }
    let x = float_arg(vm, v)?;
    if x <= 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    Ok(f(x))
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("log", &args, 1, 2)?;
    let num = log_of(vm, args.pos[0], f64::ln)?;
    match args.get(1) {
        None => Ok(vm.new_float(num)),
        Some(b) => {
            let den = log_of(vm, b, f64::ln)?;
            if den == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            Ok(vm.new_float(num / den))
        }
    }
}

fn log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("log2", &args, 1, 1)?;
    let r = log_of(vm, args.pos[0], f64::log2)?;
    Ok(vm.new_float(r))
}

fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("log10", &args, 1, 1)?;
    let r = log_of(vm, args.pos[0], f64::log10)?;
    Ok(vm.new_float(r))
}

fn log1p(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("log1p", &args, 1, 1)?;
    let x = float_arg(vm, args.pos[0])?;
    if x <= -1.0 {
        return Err(vm.value_error("math domain error"));
    }
    Ok(vm.new_float(x.ln_1p()))
}

/// Two positional float arguments (Argument Clinic's message when the count is wrong).
pub(super) fn two_floats(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    if args.pos.len() != 2 {
        let n = args.pos.len();
        return Err(vm.type_error(format!("{name} expected 2 arguments, got {n}")));
    }
    Ok((float_arg(vm, args.pos[0])?, float_arg(vm, args.pos[1])?))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "pow")?;
    if x == 0.0 && y < 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    let r = x.powf(y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(vm.new_float(r))
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (y, x) = two_floats(vm, &args, "atan2")?;
    Ok(vm.new_float(y.atan2(x)))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "fmod")?;
    // fmod(x, ±inf) is x for finite x; a NaN from non-NaN arguments is a domain error.
    if y.is_infinite() && x.is_finite() {
        return Ok(vm.new_float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    Ok(vm.new_float(r))
}

/// IEEE 754 remainder, computed as CPython does (exactly, through `fmod`).
fn remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "remainder")?;
    let r = if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return Err(vm.value_error("math domain error"));
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = ax % ay;
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Half-way: round to the even multiple.
            m - 2.0 * ((0.5 * (ax - m)) % ay)
        };
        1f64.copysign(x) * r
    } else if x.is_nan() {
        x
    } else if y.is_nan() {
        y
    } else if x.is_infinite() {
        return Err(vm.value_error("math domain error"));
    } else {
        x
    };
    Ok(vm.new_float(r))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "copysign")?;
    Ok(vm.new_float(x.copysign(y)))
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut xs = Vec::with_capacity(args.len());
    for &a in args.pos {
        xs.push(float_arg(vm, a)?);
    }
    Ok(vm.new_float(vector_norm(&xs)))
}

/// Euclidean norm, scaled by the largest magnitude and summed with compensation (so that
/// `hypot(1, 1, 1)` is exactly `sqrt(3)`, as in CPython).
fn vector_norm(xs: &[f64]) -> f64 {
    if xs.len() == 2 {
        return xs[0].hypot(xs[1]);
    }
    if xs.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    let max = xs.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if max == 0.0 {
        return 0.0;
    }
    let (mut sum, mut comp) = (0.0f64, 0.0f64);
    for x in xs {
        let y = (x / max) * (x / max) - comp;
        let t = sum + y;
        comp = (t - sum) - y;
        sum = t;
    }
    sum.sqrt() * max
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("dist", &args, 2, 2)?;
    let p = vm.collect_iterable(args.pos[0])?;
    let q = vm.collect_iterable(args.pos[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut ds = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        ds.push(float_arg(vm, *a)? - float_arg(vm, *b)?);
    }
    Ok(vm.new_float(vector_norm(&ds)))
}

fn rounding(
    vm: &mut Vm,
    args: Args,
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    vm.arity(name, &args, 1, 1)?;
    let v = args.pos[0];
    if let Some(i) = as_int(v) {
        let b = i.to_big().into_owned();
        return Ok(vm.int_from_big(b));
    }
    if let Some(x) = as_float(v) {
        let r = vm.new_float(f(x));
        return vm.to_int(r);
    }
    let cls = vm.class_of(v);
    let d = vm.intern(dunder);
    if let Some(m) = vm.lookup_type(cls, d) {
        return vm.call_special(m, v, &[]);
    }
    let x = float_arg(vm, v)?;
    let r = vm.new_float(f(x));
    vm.to_int(r)
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "trunc", "__trunc__", f64::trunc)
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("isnan", &args, 1, 1)?;
    Ok(Value::bool(float_arg(vm, args.pos[0])?.is_nan()))
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("isinf", &args, 1, 1)?;
    Ok(Value::bool(float_arg(vm, args.pos[0])?.is_infinite()))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("isfinite", &args, 1, 1)?;
    Ok(Value::bool(float_arg(vm, args.pos[0])?.is_finite()))
}

fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.only_kwargs("isclose", &args, &["rel_tol", "abs_tol"])?;
    vm.arity_pos("isclose", args.len(), 2, 2)?;
    let (a, b) = (float_arg(vm, args.pos[0])?, float_arg(vm, args.pos[1])?);
    let rel = match vm.kwarg(&args, "rel_tol") {
        Some(v) => float_arg(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match vm.kwarg(&args, "abs_tol") {
        Some(v) => float_arg(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (b - a).abs();
    Ok(Value::bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs_tol,
    ))
}

fn int_arg(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    Ok(vm.to_index(v)?.to_big().into_owned())
}

fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for &a in args.pos {
        let x = int_arg(vm, a)?;
        g = g.gcd(&x);
    }
    Ok(vm.int_from_big(g))
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut l = BigInt::one();
    for &a in args.pos {
        let x = int_arg(vm, a)?;
        if x.is_zero() {
            return Ok(Value::small(0));
        }
        l = l.lcm(&x);
    }
    Ok(vm.int_from_big(l.abs()))
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("factorial", &args, 1, 1)?;
    if as_float(args.pos[0]).is_some() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = int_arg(vm, args.pos[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().unwrap_or(u64::MAX);
    let mut r = BigInt::one();
    for i in 2..=n {
        r *= i;
    }
    Ok(vm.int_from_big(r))
}

fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("comb", &args, 2, 2)?;
    let (n, k) = (int_arg(vm, args.pos[0])?, int_arg(vm, args.pos[1])?);
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::small(0));
    }
    let k = k.clone().min(&n - &k).to_u64().unwrap_or(0);
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(vm.int_from_big(r))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("perm", &args, 1, 2)?;
    let n = int_arg(vm, args.pos[0])?;
    let k = match args.get(1) {
        Some(k) if !k.is_none() => int_arg(vm, k)?,
        _ => n.clone(),
    };
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::small(0));
    }
    let mut r = BigInt::one();
    let k = k.to_u64().unwrap_or(0);
    for i in 0..k {
        r *= &n - i;
    }
    Ok(vm.int_from_big(r))
}

/// Exact sum of floats (Shewchuk's algorithm, as CPython's `math.fsum`).
fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("fsum", &args, 1, 1)?;
    let items = vm.collect_iterable(args.pos[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    for v in items {
        let mut x = float_arg(vm, v)?;
        if !x.is_finite() {
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            return Err(vm.overflow_error("intermediate overflow in fsum"));
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if special.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(vm.new_float(special));
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(vm.new_float(hi))
}

fn prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.only_kwargs("prod", &args, &["start"])?;
    vm.arity_pos("prod", args.len(), 1, 1)?;
    let mut acc = vm.kwarg(&args, "start").unwrap_or(Value::small(1));
    let items = vm.collect_iterable(args.pos[0])?;
    vm.with_roots(&items.clone(), |vm| {
        for v in items {
            acc = vm.with_roots(&[acc], |vm| {
                vm.binary_op(acc, v, crate::compiler::bytecode::BinOp::Mul)
            })?;
        }
        Ok(acc)
    })
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("isqrt", &args, 1, 1)?;
    let n = int_arg(vm, args.pos[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.int_from_big(n.sqrt()))
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("modf", &args, 1, 1)?;
    let x = float_arg(vm, args.pos[0])?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        (x.fract(), x.trunc())
    };
    let (a, b) = (vm.new_float(f), vm.new_float(i));
    Ok(vm.new_tuple(vec![a, b]))
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("frexp", &args, 1, 1)?;
    let x = float_arg(vm, args.pos[0])?;
    if x == 0.0 || !x.is_finite() {
        let m = vm.new_float(x);
        return Ok(vm.new_tuple(vec![m, Value::small(0)]));
    }
    let mut e = x.abs().log2().floor() as i32 + 1;
    let mut m = x / 2f64.powi(e);
    if m.abs() >= 1.0 {
        m /= 2.0;
        e += 1;
    } else if m.abs() < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    let mv = vm.new_float(m);
    Ok(vm.new_tuple(vec![mv, Value::small(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("ldexp", &args, 2, 2)?;
    let x = float_arg(vm, args.pos[0])?;
    let e = vm.to_clamped_index(args.pos[1])?;
    let r = crate::ops::float::ldexp_exact(x, e);
    if r.is_infinite() && x.is_finite() {
        return Err(vm.new_error(ExcKind::OverflowError, "math range error"));
    }
    Ok(vm.new_float(r))
}
