//! Float presentation types (`e`, `f`, `g`, `%` and the default), with C's rounding, as
//! CPython produces them.

use crate::ops::float::float_repr;

/// Formats a non-negative float (sign handled by the caller).
pub fn format_abs(x: f64, ty: Option<char>, precision: Option<usize>, alt: bool) -> String {
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    if !x.is_finite() {
        let s = if x.is_nan() { "nan" } else { "inf" };
        let s = if upper {
            s.to_uppercase()
        } else {
            s.to_string()
        };
        return if ty == Some('%') { format!("{s}%") } else { s };
    }
    let out = match ty {
        Some('f' | 'F') => fixed(x, precision.unwrap_or(6), alt),
        Some('e' | 'E') => sci(x, precision.unwrap_or(6), alt),
        Some('g' | 'G') => general(x, precision.unwrap_or(6), alt, false),
        Some('n') => general(x, precision.unwrap_or(6), alt, false),
        Some('%') => format!("{}%", fixed(x * 100.0, precision.unwrap_or(6), alt)),
        _ => match precision {
            None => {
                let r = float_repr(x);
                match r.find('e') {
                    _ if !alt || r.contains('.') => r,
                    Some(e) => format!("{}.{}", &r[..e], &r[e..]),
                    None => format!("{r}."),
                }
            }
            Some(p) => general(x, p, alt, true),
        },
    };
    if upper {
        out.to_uppercase()
    } else {
        out
    }
}

/// Digits after which a double's exact decimal expansion holds only zeros: at most 1074
/// fraction digits (`f`) and 767 significant digits (`e`). Larger precisions format this
/// many and pad with zeros (Rust's formatter also rejects precisions above `u16::MAX`).
const EXACT_DIGITS: usize = 1100;

/// `x` with `p` digits after the point (`p` may exceed what `format!` accepts).
fn fixed_digits(x: f64, p: usize) -> String {
    let q = p.min(EXACT_DIGITS);
    let mut s = format!("{x:.q$}");
    s.extend(std::iter::repeat_n('0', p - q));
    s
}

/// `x` as `d.ddd` with `p` fraction digits and its decimal exponent.
fn sci_digits(x: f64, p: usize) -> (String, i32) {
    let q = p.min(EXACT_DIGITS);
    let s = format!("{x:.q$e}");
    let (m, e) = s.split_once('e').expect("exponent");
    let mut m = m.to_string();
    m.extend(std::iter::repeat_n('0', p - q));
    (m, e.parse().expect("exponent digits"))
}

/// `%.{p}f`.
pub fn fixed(x: f64, p: usize, alt: bool) -> String {
    let s = fixed_digits(x, p);
    if alt && p == 0 {
        format!("{s}.")
    } else {
        s
    }
}

/// `%.{p}e` with a signed, at-least-two-digit exponent.
pub fn sci(x: f64, p: usize, alt: bool) -> String {
    let (m, e) = sci_digits(x, p);
    let m = if alt && p == 0 { format!("{m}.") } else { m };
    format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// `%.{p}g`; `repr_style` is the default presentation with a precision (which keeps at least
/// one digit after the point and switches to exponent notation one digit earlier).
pub fn general(x: f64, p: usize, alt: bool, repr_style: bool) -> String {
    let p = p.max(1);
    let exp = if x == 0.0 { 0 } else { sci_digits(x, p - 1).1 };
    let limit = if repr_style { p as i32 - 1 } else { p as i32 };
    let mut s = if (-4..limit).contains(&exp) {
        fixed(x, (p as i32 - 1 - exp).max(0) as usize, false)
    } else {
        sci(x, p - 1, false)
    };
    if !alt {
        s = strip_zeros(&s);
    }
    if repr_style && !s.contains('.') && !s.contains('e') {
        s.push_str(".0");
    }
    if alt && !s.contains('.') {
        match s.find('e') {
            Some(i) => s.insert(i, '.'),
            None => s.push('.'),
        }
    }
    s
}

/// Removes trailing zeros after the decimal point (and the point itself if bare).
fn strip_zeros(s: &str) -> String {
    let (m, e) = match s.find('e') {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    if !m.contains('.') {
        return s.to_string();
    }
    let m = m.trim_end_matches('0').trim_end_matches('.');
    format!("{m}{e}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precisions_beyond_the_exact_expansion_pad_with_zeros() {
        let f = fixed(1.5, 70_000, false);
        assert_eq!(f.len(), 70_002);
        assert!(f.starts_with("1.5000") && f.ends_with("000"));
        let e = sci(1.5, 65_535, false);
        assert!(e.starts_with("1.50") && e.ends_with("0e+00"));
        assert_eq!(general(1.5, 70_000, false, false), "1.5");
        assert_eq!(fixed(0.1, 1200, false)[..57], fixed(0.1, 55, false)[..57]);
    }

    #[test]
    fn matches_cpython_presentations() {
        assert_eq!(format_abs(123.0, None, Some(3), false), "1.23e+02");
        assert_eq!(format_abs(1.0, None, Some(3), false), "1.0");
        assert_eq!(format_abs(0.0001, None, Some(2), false), "0.0001");
        assert_eq!(format_abs(1.5, Some('%'), None, false), "150.000000%");
        assert_eq!(format_abs(1e-5, Some('g'), None, false), "1e-05");
        assert_eq!(format_abs(1.23456, Some('e'), Some(3), false), "1.235e+00");
        assert_eq!(format_abs(1e100, None, Some(3), false), "1e+100");
        assert_eq!(format_abs(0.5, Some('f'), Some(0), false), "0");
        assert_eq!(format_abs(2.5, Some('f'), Some(0), false), "2");
        assert_eq!(format_abs(100.0, Some('e'), None, false), "1.000000e+02");
        assert_eq!(format_abs(12.0, None, Some(3), false), "12.0");
        assert_eq!(format_abs(1234.5, Some('g'), None, false), "1234.5");
    }
}
