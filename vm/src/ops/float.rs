//! Floats: construction (immediate or boxed), Python's float arithmetic rules and `repr`.

use crate::error::{ExcKind, PyResult};
use crate::objects::{FloatData, Gc, Kind};
use crate::value::Value;
use crate::vm::Vm;

/// The float value of `v` if it is a float (immediate, boxed, or a float subclass instance).
#[inline]
pub fn as_float(v: Value) -> Option<f64> {
    if let Some(f) = v.as_imm_float() {
        return Some(f);
    }
    if let Some(b) = Gc::<FloatData>::from_value(v) {
        return Some(b.value);
    }
    let base = super::builtin_base(v, Kind::Float)?;
    as_float(base)
}

impl Vm {
    /// A float value (immediate when possible).
    #[inline]
    pub fn new_float(&mut self, f: f64) -> Value {
        match Value::try_float(f) {
            Some(v) => v,
            None => self.alloc(self.types.float, FloatData { value: f }).value(),
        }
    }

    /// `x % y` for floats, with the sign of `y` (Python semantics).
    pub fn float_mod(&mut self, x: f64, y: f64) -> PyResult<f64> {
        if y == 0.0 {
            return Err(self.zero_division("float modulo"));
        }
        Ok(float_mod(x, y))
    }

    /// `x // y` for floats.
    pub fn float_floordiv(&mut self, x: f64, y: f64) -> PyResult<f64> {
        if y == 0.0 {
            return Err(self.zero_division("float floor division by zero"));
        }
        Ok(float_divmod(x, y).0)
    }

    /// `x ** y` for floats (Python's special cases and errors).
    pub fn float_pow(&mut self, x: f64, y: f64) -> PyResult<f64> {
        if y == 0.0 {
            return Ok(1.0);
        }
        if x.is_nan() {
            return Ok(x);
        }
        if y.is_nan() {
            return Ok(if x == 1.0 { 1.0 } else { y });
        }
        if x == 0.0 && y < 0.0 && y.is_finite() {
            return Err(self.zero_division("0.0 cannot be raised to a negative power"));
        }
        if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
            return Err(self
                .unsupported("complex numbers (a negative number raised to a fractional power)"));
        }
        let r = x.powf(y);
        if r.is_infinite() && x.is_finite() && y.is_finite() {
            return Err(self.new_error(
                ExcKind::OverflowError,
                "(34, 'Numerical result out of range')",
            ));
        }
        Ok(r)
    }
}

/// `x * 2**e` with a single rounding (into the subnormal range, half to even).
pub fn ldexp_exact(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let bits = x.to_bits();
    let sign = bits & (1 << 63);
    let field = ((bits >> 52) & 0x7ff) as i64;
    // x = mant * 2^(exp2), with mant's top bit at position 52.
    let (mut mant, mut exp2) = if field == 0 {
        (bits & ((1 << 52) - 1), -1074)
    } else {
        ((bits & ((1 << 52) - 1)) | (1 << 52), field - 1075)
    };
    while mant < (1 << 52) {
        mant <<= 1;
        exp2 -= 1;
    }
    let top = exp2.saturating_add(e).saturating_add(52); // unbiased exponent of the result
    if top > 1023 {
        return f64::INFINITY.copysign(x);
    }
    if top >= -1022 {
        return f64::from_bits(sign | (((top + 1023) as u64) << 52) | (mant & ((1 << 52) - 1)));
    }
    let shift = (-1022 - top) as u64; // >= 1: drop this many low bits
    if shift > 53 {
        return 0.0f64.copysign(x);
    }
    let kept = mant >> shift;
    let rem = mant & ((1 << shift) - 1);
    let half = 1u64 << (shift - 1);
    let up = rem > half || (rem == half && kept & 1 == 1);
    // A carry into bit 52 yields the smallest normal number, which the encoding handles.
    f64::from_bits(sign | (kept + up as u64))
}

/// Python's float modulo (result has the sign of the divisor); `y` must be non-zero.
pub fn float_mod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

/// Python's float divmod (CPython's `_float_div_mod`); `y` must be non-zero.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// Adds one unit in the last place to a string of ASCII decimal digits; returns whether a
/// carry came out of the first digit (the digits are then all zeros).
pub(crate) fn increment_digits(digits: &mut [u8]) -> bool {
    for d in digits.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return false;
        }
    }
    true
}

/// The shortest-digits algorithm may face two candidates at the same distance from `x`
/// (`653953861584754.25` between `...754.2` and `...754.3`); CPython takes the even one.
/// Returns the even candidate when `digits` (with decimal exponent `exp`) is the odd one of
/// such a tie.
fn tie_to_even(x: f64, digits: &str, exp: i32) -> Option<String> {
    let n = digits.len();
    let last = *digits.as_bytes().last()?;
    if (last - b'0').is_multiple_of(2) {
        return None;
    }
    // A tie means x's exact expansion is n digits followed by a single 5.
    let probe = format!("{x:.n$e}");
    let (m, e) = probe.split_once('e')?;
    if !m.ends_with('5') || e.parse::<i32>().ok()? != exp {
        return None;
    }
    let exact = format!("{x:.800e}");
    let (em, _) = exact.split_once('e')?;
    let exact_digits: String = em.chars().filter(|c| *c != '.').collect();
    let significant = exact_digits.trim_end_matches('0');
    if significant.len() != n + 1 || !significant.ends_with('5') {
        return None;
    }
    // The candidates are the n-digit prefix and the prefix + 1; keep the even one.
    let low = &significant[..n];
    let even = if (low.as_bytes()[n - 1] - b'0').is_multiple_of(2) {
        low.to_string()
    } else {
        let mut up = low.as_bytes().to_vec();
        if increment_digits(&mut up) {
            return None; // a carry out of the top digit: not worth the special case
        }
        String::from_utf8(up).ok()?
    };
    if even == digits {
        return None;
    }
    let candidate: f64 = format!("{even}e{}", exp - (n as i32 - 1)).parse().ok()?;
    (candidate == x).then_some(even)
}

/// Python's `repr(float)`: the shortest string that reads back as the same float, in
/// positional notation when the decimal exponent is in -4..16, else scientific (`1e+22`).
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sci = format!("{:e}", f);
    let (mantissa, exp) = sci.split_once('e').expect("exponent");
    let exp: i32 = exp.parse().expect("exponent digits");
    let (neg, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mantissa),
    };
    let mut digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    if let Some(even) = tie_to_even(f.abs(), &digits, exp) {
        digits = even;
    }
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let int_len = exp as usize + 1;
            if digits.len() <= int_len {
                out.push_str(&digits);
                out.push_str(&"0".repeat(int_len - digits.len()));
                out.push_str(".0");
            } else {
                out.push_str(&digits[..int_len]);
                out.push('.');
                out.push_str(&digits[int_len..]);
            }
        } else {
            out.push_str("0.");
            out.push_str(&"0".repeat((-exp - 1) as usize));
            out.push_str(&digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_python() {
        let cases = [
            (0.1, "0.1"),
            (1e22, "1e+22"),
            (1.5e16, "1.5e+16"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-7, "1e-07"),
            (0.0001, "0.0001"),
            (0.00001234, "1.234e-05"),
            (-0.0, "-0.0"),
            (2.0, "2.0"),
            (123.456, "123.456"),
            (f64::INFINITY, "inf"),
            (1.0 / 3.0, "0.3333333333333333"),
            (5e-324, "5e-324"),
            // Exactly representable; written as a sum because clippy misjudges the literal.
            (653953861584754.0 + 0.25, "653953861584754.2"),
            (0.3, "0.3"),
            (2.5e-5, "2.5e-05"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
        ];
        for (f, s) in cases {
            assert_eq!(float_repr(f), s, "repr of {f:e}");
        }
    }

    #[test]
    fn modulo_and_floor_division_follow_python() {
        assert_eq!(float_mod(-7.0, 2.0), 1.0);
        assert_eq!(float_mod(7.0, -2.0), -1.0);
        assert_eq!(float_divmod(-7.0, 2.0), (-4.0, 1.0));
        assert_eq!(float_divmod(7.5, 2.0), (3.0, 1.5));
        assert!(float_mod(-0.0, 5.0).is_sign_positive());
    }

    #[test]
    fn ldexp_rounds_once() {
        assert_eq!(ldexp_exact(1.0, 10), 1024.0);
        assert_eq!(ldexp_exact(3.0, -1), 1.5);
        assert_eq!(ldexp_exact(1.0, -1074), 5e-324);
        assert_eq!(ldexp_exact(1.0, -1075), 0.0); // a tie rounds to even (zero)
        assert_eq!(ldexp_exact(1.5, -1075), 5e-324);
        assert_eq!(ldexp_exact(2f64.powi(100), -1100), 2f64.powi(-1000));
        assert_eq!(ldexp_exact(5e-324, 1074), 1.0);
        assert_eq!(ldexp_exact(1.0, i64::MIN), 0.0);
        assert_eq!(ldexp_exact(-1.0, i64::MAX), f64::NEG_INFINITY);
        assert_eq!(ldexp_exact(1.0, 1024), f64::INFINITY);
    }
}
