//! `float.hex()` and `float.fromhex()`: exact hexadecimal float notation.
//!
//! `hex` prints the 52-bit fraction as 13 hex digits after `0x1.` (normal numbers) or
//! `0x0.` (subnormals, with the fixed exponent -1022), as CPython does. `fromhex` reads the
//! hex digits into an exact big integer `M` and a binary exponent `e` (value `M·2^e`), then
//! keeps the top 53 bits, or fewer where the result is subnormal, rounding half to even;
//! the rounded significand times a power of two is exact in `f64` unless it overflows.

use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};

/// `x.hex()`.
pub fn to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let frac = bits & ((1u64 << 52) - 1);
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    let exp_sign = if exp < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{exp_sign}{}", exp.abs())
}

/// Why `fromhex` failed.
#[derive(Debug, PartialEq, Eq)]
pub enum FromHexError {
    /// Not a hexadecimal float (ValueError).
    Invalid,
    /// Finite but beyond the largest float (OverflowError).
    TooLarge,
}

/// `float.fromhex(s)`.
pub fn from_hex(s: &str) -> Result<f64, FromHexError> {
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let signed = |v: f64| if neg { -v } else { v };
    let lower = t.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Ok(signed(f64::INFINITY)),
        "nan" => return Ok(signed(f64::NAN)),
        _ => {}
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, parse_exp(e)?),
        None => (body, 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(FromHexError::Invalid);
    }
    let mut m = BigUint::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or(FromHexError::Invalid)?;
        m = (m << 4u32) + d;
    }
    let e = exp - 4 * frac_part.len() as i64;
    Ok(signed(scale(m, e)?))
}

fn parse_exp(e: &str) -> Result<i64, FromHexError> {
    let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(FromHexError::Invalid);
    }
    // Exponents beyond any float's range saturate (the result is 0 or too large anyway).
    let v: i64 = digits
        .get(..digits.len().min(12))
        .unwrap_or("0")
        .parse()
        .unwrap_or(0);
    let v = if digits.len() > 12 { i64::MAX / 4 } else { v };
    Ok(if e.starts_with('-') { -v } else { v })
}

/// `m·2^e` rounded to the nearest float (ties to even).
fn scale(m: BigUint, e: i64) -> Result<f64, FromHexError> {
    if m.is_zero() {
        return Ok(0.0);
    }
    let bits = m.bits() as i64;
    // Drop bits below 2^-1074 and beyond 53 significant bits.
    let shift = (bits - 53).max(-1074 - e);
    if shift > bits {
        // Below half the smallest subnormal.
        return Ok(0.0);
    }
    let (mut sig, mut e) = (m, e);
    if shift > 0 {
        let half = BigUint::from(1u8) << (shift as u64 - 1);
        let rem = &sig & ((BigUint::from(1u8) << shift as u64) - 1u8);
        sig >>= shift as u64;
        e += shift;
        let odd = sig.bit(0);
        if rem > half || (rem == half && odd) {
            sig += 1u8;
        }
    }
    let sig = sig.to_u64().expect("at most 54 bits") as f64;
    if e + 53 > 1100 {
        return Err(FromHexError::TooLarge);
    }
    // Multiply in steps so that no intermediate overflows or underflows.
    let mut v = sig;
    while e > 0 {
        let k = e.min(1000);
        v *= 2f64.powi(k as i32);
        e -= k;
    }
    while e < 0 {
        let k = (-e).min(1000);
        v /= 2f64.powi(k as i32);
        e += k;
    }
    if v.is_infinite() {
        return Err(FromHexError::TooLarge);
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_matches_cpython() {
        assert_eq!(to_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(to_hex(-0.1), "-0x1.999999999999ap-4");
        assert_eq!(to_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(to_hex(f64::MAX), "0x1.fffffffffffffp+1023");
        assert_eq!(to_hex(-0.0), "-0x0.0p+0");
    }

    #[test]
    fn fromhex_rounds_half_to_even_and_round_trips() {
        for x in [1.5, -0.1, 5e-324, f64::MAX, 1e-310, 123456.789] {
            assert_eq!(from_hex(&to_hex(x)), Ok(x));
        }
        assert_eq!(from_hex("0x1.00000000000008p0"), Ok(1.0));
        assert_eq!(from_hex("0x1.00000000000018p0"), Ok(1.0000000000000004));
        assert_eq!(from_hex(" -0XAp-2 "), Ok(-2.5));
        assert_eq!(from_hex("0x1p-1075"), Ok(0.0));
        assert_eq!(from_hex("0x1.1p-1075"), Ok(5e-324));
        assert_eq!(from_hex("0x1p-99999999999999999"), Ok(0.0));
        assert_eq!(from_hex("0x1.8p-1074"), Ok(1e-323));
        assert_eq!(from_hex("0x1p1024"), Err(FromHexError::TooLarge));
        assert_eq!(from_hex("0x.p1"), Err(FromHexError::Invalid));
        assert_eq!(from_hex("0x1g"), Err(FromHexError::Invalid));
    }
}
