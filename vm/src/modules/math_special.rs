//! The `math` functions outside Rust's `std`: `cbrt`, `exp2`, `erf`, `erfc`, `gamma`,
//! `lgamma`, `nextafter` and `ulp`, with CPython's error rules.
//!
//! `cbrt`, `erf` and `erfc` are the C library's, as in CPython (see `libc_math.rs`), so
//! they print the same digits. CPython computes `gamma` and `lgamma` with its own Lanczos
//! approximation; pyrite uses the C library's `tgamma` and `lgamma`, which can differ from
//! CPython's in the last bit or two for non-integral arguments. For integral arguments up
//! to 23, `gamma` returns the exact factorial, as CPython does.

use super::libc_math;
use super::math::{float_arg, two_floats};
use crate::error::PyResult;
use crate::objects::function::{Args, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

/// The functions this file adds to `math`.
pub(super) const FUNCS: &[(&str, NativeFn)] = &[
    ("cbrt", cbrt),
    ("exp2", exp2),
    ("erf", erf),
    ("erfc", erfc),
    ("gamma", gamma),
    ("lgamma", lgamma),
    ("nextafter", nextafter),
    ("ulp", ulp),
];

fn one_float(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    vm.arity(name, args, 1, 1)?;
    float_arg(vm, args.pos[0])
}

/// A finite argument with an infinite result is a range error.
fn range_checked(vm: &mut Vm, x: f64, r: f64) -> PyResult<Value> {
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(vm.new_float(r))
}

fn cbrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, &args, "cbrt")?;
    Ok(vm.new_float(libc_math::cbrt(x)))
}

fn exp2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, &args, "exp2")?;
    range_checked(vm, x, x.exp2())
}

fn erf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, &args, "erf")?;
    Ok(vm.new_float(libc_math::erf(x)))
}

fn erfc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, &args, "erfc")?;
    Ok(vm.new_float(libc_math::erfc(x)))
}

/// Whether `x` is zero or a negative integer (a pole of the gamma function).
fn is_pole(x: f64) -> bool {
    x <= 0.0 && x == x.floor()
}

fn gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, &args, "gamma")?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(vm.new_float(x));
    }
    if x == f64::NEG_INFINITY || is_pole(x) {
        return Err(vm.value_error("math domain error"));
    }
    if x == x.floor() && x <= 23.0 {
        // (x-1)! is exact in a double up to 22!.
        let exact = (1..x as u64).map(|k| k as f64).product::<f64>();
        return Ok(vm.new_float(exact));
    }
    range_checked(vm, x, libc_math::tgamma(x))
}

fn lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, &args, "lgamma")?;
    if x.is_nan() {
        return Ok(vm.new_float(x));
    }
    if x.is_infinite() {
        return Ok(vm.new_float(f64::INFINITY));
    }
    if is_pole(x) {
        return Err(vm.value_error("math domain error"));
    }
    if x == 1.0 || x == 2.0 {
        return Ok(vm.new_float(0.0));
    }
    range_checked(vm, x, libc_math::lgamma(x))
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "nextafter")?;
    Ok(vm.new_float(next_toward(x, y)))
}

/// The float after `x` in the direction of `y` (C's `nextafter`).
pub fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    // Moving away from zero increments the magnitude bits; towards zero decrements them.
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

fn ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, &args, "ulp")?;
    Ok(vm.new_float(ulp_of(x)))
}

/// The value of the least significant bit of `x` (`math.ulp`).
pub fn ulp_of(x: f64) -> f64 {
    let x = x.abs();
    if x.is_nan() || x.is_infinite() {
        return x;
    }
    if x == f64::MAX {
        return x - next_toward(x, 0.0);
    }
    next_toward(x, f64::INFINITY) - x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_between_neighbouring_floats() {
        assert_eq!(next_toward(1.0, 2.0), 1.0 + f64::EPSILON);
        assert_eq!(next_toward(1.0, 0.0), 1.0 - f64::EPSILON / 2.0);
        assert_eq!(next_toward(-1.0, 0.0), -1.0 + f64::EPSILON / 2.0);
        assert_eq!(next_toward(0.0, -1.0), -f64::from_bits(1));
        assert_eq!(next_toward(f64::MAX, f64::INFINITY), f64::INFINITY);
        assert_eq!(ulp_of(1.0), f64::EPSILON);
        assert_eq!(ulp_of(0.0), f64::from_bits(1));
        assert_eq!(ulp_of(f64::MAX), 2f64.powi(971));
    }
}
