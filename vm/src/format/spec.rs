//! The format-spec mini-language:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.

use super::float_fmt;
use crate::error::PyResult;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// A parsed format spec.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spec {
    /// Fill character.
    pub fill: Option<char>,
    /// `<`, `>`, `^` or `=`.
    pub align: Option<char>,
    /// `+`, `-` or space.
    pub sign: Option<char>,
    /// `z`: negative zero becomes positive.
    pub z: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// Minimum width.
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type.
    pub ty: Option<char>,
    /// The `0` flag without an explicit fill or alignment.
    pub zero_pad: bool,
}

impl Spec {
    /// The spec as numbers use it: the `0` flag means `=` alignment.
    fn numeric(mut self) -> Spec {
        if self.zero_pad {
            self.align = Some('=');
        }
        self
    }

    /// CPython's error for a grouping option the presentation type (`default` when the
    /// spec names none) does not allow; checked right after parsing, before any other.
    fn grouping_error(&self, default: Option<char>) -> Option<String> {
        let sep = self.grouping?;
        match self.ty.or(default) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => None,
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => None,
            Some(t) => Some(format!("Cannot specify '{sep}' with '{t}'.")),
        }
    }
}

/// The message of a spec with characters left over after the type.
const INVALID_SPEC: &str = "Invalid format specifier";

/// Parses a spec; `Err` carries CPython's message.
pub fn parse(spec: &str) -> Result<Spec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut s = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        s.z = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        if s.fill.is_none() {
            s.fill = Some('0');
            // Numbers then pad after the sign (`=`); strings keep their default alignment.
            s.zero_pad = s.align.is_none();
        }
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = chars[start..i].iter().collect();
        s.width = Some(
            w.parse()
                .map_err(|_| "Too many decimal digits in format string".to_string())?,
        );
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
        if let Some(&second @ (',' | '_')) = chars.get(i) {
            let first = chars[i - 1];
            return Err(if second == first {
                format!("Cannot specify '{first}' with '{first}'.")
            } else {
                "Cannot specify both ',' and '_'.".into()
            });
        }
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err("Format specifier missing precision".into());
        }
        let p: String = chars[start..i].iter().collect();
        let p: usize = p
            .parse()
            .map_err(|_| "Too many decimal digits in format string".to_string())?;
        if p > i32::MAX as usize {
            return Err("precision too big".into());
        }
        s.precision = Some(p);
    }
    if i < chars.len() {
        s.ty = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(INVALID_SPEC.into());
    }
    Ok(s)
}

/// Pads `body` (after a sign/prefix `head`) to the spec's width.
pub fn pad(spec: &Spec, head: &str, body: &str, default_align: char) -> String {
    let fill = spec.fill.unwrap_or(' ');
    let align = spec.align.unwrap_or(default_align);
    let len = head.chars().count() + body.chars().count();
    let width = spec.width.unwrap_or(0);
    if len >= width {
        return format!("{head}{body}");
    }
    let n = width - len;
    let f = |k: usize| fill.to_string().repeat(k);
    match align {
        '<' => format!("{head}{body}{}", f(n)),
        '>' => format!("{}{head}{body}", f(n)),
        '^' => format!("{}{head}{body}{}", f(n / 2), f(n - n / 2)),
        _ => format!("{head}{}{body}", f(n)),
    }
}

/// Inserts a grouping separator every `every` digits of an integer digit string.
pub fn group(digits: &str, sep: char, every: usize) -> String {
    let chars: Vec<char> = digits.chars().collect();
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && (chars.len() - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

fn sign_str(negative: bool, sign: Option<char>) -> &'static str {
    if negative {
        "-"
    } else {
        match sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// A spec parse error; an unparsable spec names itself and the type, as in CPython 3.11.
fn spec_error(vm: &mut Vm, msg: String, spec: &str, ty: &str) -> crate::error::PyErr {
    if msg == INVALID_SPEC {
        return vm.value_error(format!("{INVALID_SPEC} '{spec}' for object of type '{ty}'"));
    }
    vm.value_error(msg)
}

/// `format(int, spec)`.
pub fn format_int(vm: &mut Vm, i: &BigInt, spec: &str) -> PyResult<String> {
    let s = parse(spec)
        .map_err(|m| spec_error(vm, m, spec, "int"))?
        .numeric();
    if let Some(m) = s.grouping_error(Some('d')) {
        return Err(vm.value_error(m));
    }
    vm.check_alloc(Some(s.width.unwrap_or(0)))?;
    if let Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') = s.ty {
        let f = match i.to_f64() {
            Some(f) if f.is_finite() => f,
            _ => return Err(vm.overflow_error("int too large to convert to float")),
        };
        return format_float(vm, f, spec);
    }
    if s.precision.is_some() {
        return Err(vm.value_error("Precision not allowed in integer format specifier"));
    }
    if s.z {
        return Err(
            vm.value_error("Negative zero coercion (z) not allowed in integer format specifier")
        );
    }
    let neg = i.is_negative();
    let mag = i.abs();
    let (digits, prefix) = match s.ty {
        None | Some('d') | Some('n') => (vm.int_to_decimal(&mag)?, ""),
        Some('b') => (mag.to_str_radix(2), "0b"),
        Some('o') => (mag.to_str_radix(8), "0o"),
        Some('x') => (mag.to_str_radix(16), "0x"),
        Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X"),
        Some('c') => {
            if s.sign.is_some() {
                return Err(vm.value_error("Sign not allowed with integer format specifier 'c'"));
            }
            if s.alt {
                return Err(vm.value_error(
                    "Alternate form (#) not allowed with integer format specifier 'c'",
                ));
            }
            let c = i.to_u32().and_then(char::from_u32);
            return match c {
                Some(c) => Ok(pad(&s, "", &c.to_string(), '>')),
                None => Err(vm.overflow_error("%c arg not in range(0x110000)")),
            };
        }
        Some(t) => {
            return Err(vm.value_error(format!(
                "Unknown format code '{t}' for object of type 'int'"
            )))
        }
    };
    let every = if matches!(s.ty, Some('b' | 'o' | 'x' | 'X')) {
        4
    } else {
        3
    };
    let head = format!(
        "{}{}",
        sign_str(neg, s.sign),
        if s.alt { prefix } else { "" }
    );
    Ok(pad_number(&s, &head, &digits, "", every))
}

/// Lays out a number: `head` (sign and prefix), the integer `digits` (grouped every
/// `every` digits if the spec asks), then `rest` (fraction, exponent, `%`). With `0` fill
/// and `=` alignment the zeros go between head and digits and, when grouping, become digits
/// themselves: separators continue into the padding (`format(1234, '010,')` is
/// `'00,001,234'`), never leading it.
fn pad_number(s: &Spec, head: &str, digits: &str, rest: &str, every: usize) -> String {
    let grouped = match s.grouping {
        Some(sep) => group(digits, sep, every),
        None => digits.to_string(),
    };
    if let (Some(sep), Some('0'), Some('='), Some(w)) = (s.grouping, s.fill, s.align, s.width) {
        if !digits.is_empty() {
            let target = w.saturating_sub(head.chars().count() + rest.chars().count());
            let mut padded = digits.to_string();
            let mut g = grouped;
            while g.chars().count() < target {
                padded.insert(0, '0');
                g = group(&padded, sep, every);
            }
            return format!("{head}{g}{rest}");
        }
    }
    pad(s, head, &format!("{grouped}{rest}"), '>')
}

/// `format(float, spec)`.
pub fn format_float(vm: &mut Vm, f: f64, spec: &str) -> PyResult<String> {
    let s = parse(spec)
        .map_err(|m| spec_error(vm, m, spec, "float"))?
        .numeric();
    if let Some(m) = s.grouping_error(None) {
        return Err(vm.value_error(m));
    }
    vm.check_alloc(Some(s.width.unwrap_or(0)))?;
    vm.check_alloc(Some(s.precision.unwrap_or(0)))?;
    let ty = s.ty;
    if let Some(t) = ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(vm.value_error(format!(
                "Unknown format code '{t}' for object of type 'float'"
            )));
        }
    }
    let mut neg = f.is_sign_negative() && !f.is_nan();
    let mag = f.abs();
    let body = float_fmt::format_abs(mag, ty, s.precision, s.alt);
    // `z`: a result that reads as zero (-0.0, or rounded to zero) gets no minus sign.
    if s.z
        && neg
        && !body
            .chars()
            .any(|c| matches!(c, '1'..='9' | 'i' | 'I' | 'n' | 'N'))
    {
        neg = false;
    }
    let (digits, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
        Some(p) => body.split_at(p),
        None => (body.as_str(), ""),
    };
    let head = sign_str(neg, s.sign);
    Ok(pad_number(&s, head, digits, rest, 3))
}

/// `format(str, spec)`.
pub fn format_str(vm: &mut Vm, text: &str, spec: &str) -> PyResult<String> {
    let s = parse(spec).map_err(|m| spec_error(vm, m, spec, "str"))?;
    if let Some(m) = s.grouping_error(Some('s')) {
        return Err(vm.value_error(m));
    }
    if let Some(t) = s.ty {
        if t != 's' {
            return Err(vm.value_error(format!(
                "Unknown format code '{t}' for object of type 'str'"
            )));
        }
    }
    if let Some(sign) = s.sign {
        let what = if sign == ' ' { "Space" } else { "Sign" };
        return Err(vm.value_error(format!("{what} not allowed in string format specifier")));
    }
    if s.alt {
        return Err(vm.value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if s.z {
        return Err(
            vm.value_error("Negative zero coercion (z) not allowed in string format specifier")
        );
    }
    if s.align == Some('=') {
        return Err(vm.value_error("'=' alignment not allowed in string format specifier"));
    }
    vm.check_alloc(Some(s.width.unwrap_or(0)))?;
    let body: String = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_string(),
    };
    Ok(pad(&s, "", &body, '<'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_full_grammar() {
        let s = parse("*^+#010,.3f").unwrap();
        assert_eq!(s.fill, Some('*'));
        assert_eq!(s.align, Some('^'));
        assert_eq!(s.sign, Some('+'));
        assert!(s.alt);
        assert_eq!(s.width, Some(10));
        assert_eq!(s.grouping, Some(','));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, Some('f'));
        assert!(parse(".f").is_err());
    }

    #[test]
    fn groups_digits() {
        assert_eq!(group("1234567", ',', 3), "1,234,567");
        assert_eq!(group("123", ',', 3), "123");
        assert_eq!(group("75bcd15", '_', 4), "75b_cd15");
    }
}
