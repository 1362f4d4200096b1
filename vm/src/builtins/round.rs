//! `round()`: ties-to-even rounding of floats and ints to a number of decimal digits.
//!
//! Floats are rounded on their *exact* decimal expansion, as CPython does with its
//! correctly rounded `dtoa`: the binary value is printed exactly (a double has at most 767
//! significant decimal digits), the digit string is rounded half-to-even at the requested
//! decimal place, and the result is read back with a correctly rounded parse. So
//! `round(2.675, 2)` is `2.67` (2.675 is really 2.67499999...), and negative `ndigits`
//! (`round(1e300, -300)`) round to a power of ten without the error of dividing first.

use crate::error::PyResult;
use crate::objects::function::Args;
use crate::objects::typeobj::tflags;
use crate::ops::float::{as_float, increment_digits};
use crate::ops::int::as_int;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;

pub(super) fn install(vm: &mut Vm) {
    vm.add_builtin("round", round);
}

/// Rounds `i` to a multiple of `pow` with ties to even.
fn round_half_even_big(i: &BigInt, pow: &BigInt) -> BigInt {
    let (q, r) = i.div_mod_floor(pow);
    let twice: BigInt = &r * 2;
    let q = match twice.cmp(pow) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    q * pow
}

/// `f` rounded half-to-even to `nd` decimal places (negative: to a multiple of 10^-nd);
/// `None` when the result overflows a double. `f` must be finite.
pub fn round_decimal(f: f64, nd: i64) -> Option<f64> {
    if f == 0.0 {
        return Some(f);
    }
    // "d.ddddde±X": the exact value, since 800 digits exceed any double's expansion.
    let text = format!("{:.800e}", f.abs());
    let (mantissa, exp) = text.split_once('e').expect("exponent format");
    let exp: i64 = exp.parse().expect("exponent");
    let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    // Digit k has place value 10^(exp - k); keep those with exp - k >= -nd.
    let keep = exp.saturating_add(nd).saturating_add(1);
    if keep >= digits.len() as i64 {
        return Some(f);
    }
    let round_up = if keep < 0 {
        false
    } else {
        let k = keep as usize;
        let rest_nonzero = digits[k + 1..].iter().any(|&d| d != b'0');
        let last_odd = k > 0 && (digits[k - 1] - b'0') % 2 == 1;
        digits[k] > b'5' || (digits[k] == b'5' && (rest_nonzero || last_odd))
    };
    let keep = keep.max(0) as usize;
    digits.truncate(keep);
    // Value so far: 0.<digits> × 10^(exp + 1); rounding up adds one unit in the last place.
    let mut scale = exp + 1;
    if round_up && increment_digits(&mut digits) {
        digits.insert(0, b'1');
        scale += 1;
    }
    if digits.is_empty() {
        return Some(0.0f64.copysign(f));
    }
    let s = format!("0.{}e{}", String::from_utf8(digits).expect("ascii"), scale);
    let r: f64 = s.parse().expect("decimal");
    r.is_finite().then(|| r.copysign(f))
}

impl Vm {
    /// `round(f, ndigits)` for floats.
    pub fn round_float(&mut self, f: f64, nd: Option<Value>) -> PyResult<Value> {
        let Some(n) = nd else {
            if f.is_nan() {
                return Err(self.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(self.overflow_error("cannot convert float infinity to integer"));
            }
            let v = self.new_float(f.round_ties_even());
            return self.to_int(v);
        };
        let n = self.to_clamped_index(n)?;
        if !f.is_finite() {
            return Ok(self.new_float(f));
        }
        match round_decimal(f, n) {
            Some(r) => Ok(self.new_float(r)),
            None => Err(self.overflow_error("rounded value too large to represent")),
        }
    }

    /// `round(i, ndigits)` for ints.
    pub fn round_int(&mut self, i: &BigInt, nd: Option<Value>) -> PyResult<Value> {
        let n = match nd {
            Some(n) => self.to_clamped_index(n)?,
            None => 0,
        };
        if n >= 0 {
            return Ok(self.int_from_big(i.clone()));
        }
        // 10^k exceeds |i| * 2 once k passes the digit count: the result is 0.
        let digits = (i.bits() as f64 * std::f64::consts::LOG10_2) as u64 + 2;
        if n.unsigned_abs() > digits {
            return Ok(Value::small(0));
        }
        let pow = num_traits::pow::Pow::pow(BigInt::from(10), n.unsigned_abs() as u32);
        let r = round_half_even_big(i, &pow);
        Ok(self.int_from_big(r))
    }
}

fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.only_kwargs("round", &args, &["number", "ndigits"])?;
    let Some(x) = vm.arg_or_kw(&args, 0, "number") else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let nd = vm.arg_or_kw(&args, 1, "ndigits").filter(|n| !n.is_none());
    let cls = vm.class_of(x);
    if !cls.has(tflags::HEAPTYPE) {
        if let Some(f) = as_float(x) {
            return vm.round_float(f, nd);
        }
        if let Some(i) = as_int(x) {
            let b = i.to_big().into_owned();
            return vm.round_int(&b, nd);
        }
    }
    match vm.lookup_type(cls, vm.names.round) {
        Some(f) => {
            let a: &[Value] = match &nd {
                Some(n) => std::slice::from_ref(n),
                None => &[],
            };
            vm.call_special(f, x, a)
        }
        None => {
            let n = vm.type_name(cls);
            Err(vm.type_error(format!("type {n} doesn't define __round__ method")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::round_decimal;

    #[test]
    fn rounds_the_exact_decimal_value_half_to_even() {
        assert_eq!(round_decimal(2.675, 2), Some(2.67));
        assert_eq!(round_decimal(0.5, 0), Some(0.0));
        assert_eq!(round_decimal(1.5, 0), Some(2.0));
        assert_eq!(round_decimal(-2.5, 0), Some(-2.0));
        assert_eq!(round_decimal(0.125, 2), Some(0.12));
        assert_eq!(round_decimal(0.375, 2), Some(0.38));
        assert_eq!(round_decimal(9.99, 1), Some(10.0));
        assert_eq!(round_decimal(1234.5, -2), Some(1200.0));
        assert_eq!(round_decimal(1250.0, -2), Some(1200.0));
        assert_eq!(round_decimal(1350.0, -2), Some(1400.0));
        assert_eq!(round_decimal(49.0, -2), Some(0.0));
        assert_eq!(round_decimal(51.0, -2), Some(100.0));
        assert_eq!(round_decimal(-0.001, 1), Some(-0.0));
    }

    #[test]
    fn extreme_digit_counts() {
        assert_eq!(round_decimal(1e300, -300), Some(1e300));
        assert_eq!(round_decimal(5e-324, 323), Some(0.0));
        assert_eq!(round_decimal(5e-324, 324), Some(5e-324));
        assert_eq!(round_decimal(1.0, i64::MAX), Some(1.0));
        assert_eq!(round_decimal(1.0, i64::MIN), Some(0.0));
        assert_eq!(round_decimal(1.7e308, -308), None);
    }
}
