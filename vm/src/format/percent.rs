//! printf-style formatting: `"%5.2f %s" % (x, y)`.

use super::float_fmt;
use crate::error::PyResult;
use crate::objects::{Gc, Kind, TupleData};
use crate::ops::float::as_float;
use crate::ops::int::as_int;
use crate::value::Value;
use crate::vm::Vm;
use num_traits::Signed;

struct Conv {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    precision: Option<usize>,
}

/// `fmt % args`.
pub fn format(vm: &mut Vm, fmt: &str, args: Value) -> PyResult<Value> {
    let tuple = crate::ops::unwrap_kind(args, Kind::Tuple).and_then(Gc::<TupleData>::from_value);
    let (items, mapping) = match tuple {
        Some(t) => (t.items.to_vec(), None),
        None => {
            let is_mapping = crate::ops::unwrap_kind(args, Kind::Dict).is_some()
                || (vm
                    .class_of(args)
                    .has(crate::objects::typeobj::tflags::HEAPTYPE)
                    && vm
                        .lookup_type(vm.class_of(args), vm.names.getitem)
                        .is_some()
                    && !crate::objects::is_kind(args, Kind::Str));
            (vec![args], if is_mapping { Some(args) } else { None })
        }
    };
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut next = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let spec_start = i;
        let mut key: Option<String> = None;
        if chars[i] == '(' {
            if mapping.is_none() {
                return Err(vm.type_error("format requires a mapping"));
            }
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                if chars[i] == '(' {
                    depth += 1;
                } else if chars[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            key = Some(chars[start..i - 1].iter().collect());
        }
        let mut conv = Conv {
            left: false,
            plus: false,
            space: false,
            alt: false,
            zero: false,
            width: None,
            precision: None,
        };
        while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0') {
            match chars[i] {
                '-' => conv.left = true,
                '+' => conv.plus = true,
                ' ' => conv.space = true,
                '#' => conv.alt = true,
                _ => conv.zero = true,
            }
            i += 1;
        }
        let take_arg = |vm: &mut Vm, next: &mut usize| -> PyResult<Value> {
            if *next >= items.len() {
                return Err(vm.type_error("not enough arguments for format string"));
            }
            *next += 1;
            Ok(items[*next - 1])
        };
        if i < chars.len() && chars[i] == '*' {
            let w = take_arg(vm, &mut next)?;
            let w = match as_int(w) {
                None => return Err(vm.type_error("* wants int")),
                Some(w) => w.to_i64().ok_or_else(|| {
                    vm.overflow_error("Python int too large to convert to C ssize_t")
                })?,
            };
            if w < 0 {
                conv.left = true;
            }
            conv.width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i > start {
                let digits: String = chars[start..i].iter().collect();
                match digits.parse::<i64>() {
                    Ok(w) => conv.width = Some(w as usize),
                    Err(_) => return Err(vm.value_error("width too big")),
                }
            }
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let p = take_arg(vm, &mut next)?;
                let p = match as_int(p) {
                    None => return Err(vm.type_error("* wants int")),
                    Some(p) => p
                        .to_i64()
                        .filter(|p| i32::try_from(*p).is_ok())
                        .ok_or_else(|| {
                            vm.overflow_error("Python int too large to convert to C int")
                        })?,
                };
                conv.precision = Some(p.max(0) as usize);
                i += 1;
            } else {
                let start = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                let digits: String = chars[start..i].iter().collect();
                let p = if digits.is_empty() {
                    0
                } else {
                    digits.parse::<i32>().unwrap_or(-1)
                };
                if p < 0 {
                    return Err(vm.value_error("precision too big"));
                }
                conv.precision = Some(p as usize);
            }
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        let widest = conv.width.unwrap_or(0).max(conv.precision.unwrap_or(0));
        vm.check_alloc(Some(widest))?;
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let ty = chars[i];
        i += 1;
        // Only a bare `%%` is a literal; with a key, flags, width or precision the `%`
        // takes an argument and is then an unsupported conversion, as in CPython.
        if ty == '%' && i - 1 == spec_start {
            out.push('%');
            continue;
        }
        let arg = match &key {
            Some(k) => {
                let Some(m) = mapping else {
                    return Err(vm.type_error("format requires a mapping"));
                };
                // After a keyed conversion no positional argument is left.
                next = items.len();
                let kv = vm.new_str(k.as_str());
                vm.getitem(m, kv)?
            }
            None => take_arg(vm, &mut next)?,
        };
        let piece = convert(vm, ty, arg, &conv, i - 1)?;
        out.push_str(&piece);
    }
    if next < items.len() && mapping.is_none() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(vm.new_str(out))
}

fn convert(vm: &mut Vm, ty: char, arg: Value, c: &Conv, pos: usize) -> PyResult<String> {
    let (sign, body, numeric) = match ty {
        's' => (String::new(), truncate(vm.str(arg)?, c.precision), false),
        'r' => (String::new(), truncate(vm.repr(arg)?, c.precision), false),
        'a' => (String::new(), truncate(vm.ascii(arg)?, c.precision), false),
        'c' => {
            let s = if let Some(s) = crate::ops::as_str(arg).filter(|s| s.chars().count() == 1) {
                s.to_string()
            } else if as_int(arg).is_some() || has_special(vm, arg, vm.names.index) {
                let i = vm.to_index(arg)?;
                match i
                    .to_i64()
                    .and_then(|i| u32::try_from(i).ok())
                    .and_then(char::from_u32)
                {
                    Some(ch) => ch.to_string(),
                    None => return Err(vm.overflow_error("%c arg not in range(0x110000)")),
                }
            } else {
                return Err(vm.type_error("%c requires int or char"));
            };
            (String::new(), s, false)
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let decimal = matches!(ty, 'd' | 'i' | 'u');
            // `%d` takes any number (through `int()`), `%x`/`%o` only integers (`__index__`).
            let number = as_float(arg).is_some()
                || [vm.names.index, vm.names.int_, vm.names.float_]
                    .into_iter()
                    .any(|n| has_special(vm, arg, n));
            let converted = match as_int(arg) {
                Some(i) => Ok(i.to_big().into_owned()),
                None if decimal && number => vm.to_int(arg).map(|v| {
                    as_int(v)
                        .expect("int() returns an int")
                        .to_big()
                        .into_owned()
                }),
                None if !decimal && has_special(vm, arg, vm.names.index) => {
                    vm.to_index(arg).map(|i| i.to_big().into_owned())
                }
                None => Err(vm.type_error("")),
            };
            let i = match converted {
                Ok(i) => i,
                // A failed conversion reads as the wrong type, as in CPython.
                Err(e) if vm.err_is(&e, crate::error::ExcKind::TypeError) => {
                    let n = vm.type_name_of(arg);
                    let what = if decimal {
                        "a real number"
                    } else {
                        "an integer"
                    };
                    return Err(vm.type_error(format!("%{ty} format: {what} is required, not {n}")));
                }
                Err(e) => return Err(e),
            };
            let mag = i.abs();
            let mut digits = match ty {
                'x' => mag.to_str_radix(16),
                'X' => mag.to_str_radix(16).to_uppercase(),
                'o' => mag.to_str_radix(8),
                _ => vm.int_to_decimal(&mag)?,
            };
            if let Some(p) = c.precision {
                if digits.len() < p {
                    digits = "0".repeat(p - digits.len()) + &digits;
                }
            }
            if c.alt {
                let prefix = match ty {
                    'x' => "0x",
                    'X' => "0X",
                    'o' => "0o",
                    _ => "",
                };
                digits.insert_str(0, prefix);
            }
            (sign_of(i.is_negative(), c), digits, true)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = match as_float(arg) {
                Some(f) => f,
                None => match as_int(arg) {
                    Some(i) => vm.int_to_f64(&i)?,
                    None if has_special(vm, arg, vm.names.float_)
                        || has_special(vm, arg, vm.names.index) =>
                    {
                        vm.to_f64(arg)?
                    }
                    None => {
                        let n = vm.type_name_of(arg);
                        return Err(vm.type_error(format!("must be real number, not {n}")));
                    }
                },
            };
            let body =
                float_fmt::format_abs(f.abs(), Some(ty), Some(c.precision.unwrap_or(6)), c.alt);
            (sign_of(f.is_sign_negative() && !f.is_nan(), c), body, true)
        }
        other => {
            return Err(vm.value_error(format!(
                "unsupported format character '{other}' (0x{:x}) at index {pos}",
                other as u32
            )))
        }
    };
    let width = c.width.unwrap_or(0);
    let len = sign.chars().count() + body.chars().count();
    if len >= width {
        return Ok(format!("{sign}{body}"));
    }
    let n = width - len;
    Ok(if c.left {
        format!("{sign}{body}{}", " ".repeat(n))
    } else if c.zero && numeric {
        format!("{sign}{}{body}", "0".repeat(n))
    } else {
        format!("{}{sign}{body}", " ".repeat(n))
    })
}

fn sign_of(negative: bool, c: &Conv) -> String {
    if negative {
        "-".into()
    } else if c.plus {
        "+".into()
    } else if c.space {
        " ".into()
    } else {
        String::new()
    }
}

fn truncate(s: String, p: Option<usize>) -> String {
    match p {
        Some(p) => s.chars().take(p).collect(),
        None => s,
    }
}

/// Whether the class of `v` (not a str) defines the special method `name`.
fn has_special(vm: &mut Vm, v: Value, name: Value) -> bool {
    if crate::ops::as_str(v).is_some() {
        return false;
    }
    let cls = vm.class_of(v);
    vm.lookup_type(cls, name).is_some()
}
