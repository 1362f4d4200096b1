//! `str.format(*args, **kwargs)`: replacement fields `{name.attr[key]!conv:spec}` with
//! automatic or manual numbering and nested fields inside the spec.

use crate::error::{ExcKind, PyResult};
use crate::value::Value;
use crate::vm::Vm;

/// Formats `fmt` with positional `args` and keyword `kwargs`.
pub fn format(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<String> {
    let mut auto = AutoIndex::Unused;
    render(vm, fmt, args, kwargs, &mut auto, 2)
}

#[derive(PartialEq, Eq)]
enum AutoIndex {
    Unused,
    Auto(usize),
    Manual,
}

fn render(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    auto: &mut AutoIndex,
    depth: u32,
) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            if i + 1 == chars.len() {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            let mut level = 1;
            let mut j = i + 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => level += 1,
                    '}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j].iter().collect();
            let piece = replacement(vm, &field, args, kwargs, auto, depth)?;
            out.push_str(&piece);
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn replacement(
    vm: &mut Vm,
    field: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    auto: &mut AutoIndex,
    depth: u32,
) -> PyResult<String> {
    // Split off the spec (after the first ':' outside brackets) and conversion.
    let mut name_end = field.len();
    let mut in_bracket = false;
    for (k, ch) in field.char_indices() {
        match ch {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            ':' | '!' if !in_bracket => {
                name_end = k;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let mut rest = &field[name_end..];
    let mut conv = None;
    if let Some(r) = rest.strip_prefix('!') {
        let mut it = r.chars();
        conv = it.next();
        rest = it.as_str();
        if !rest.is_empty() && !rest.starts_with(':') {
            return Err(vm.value_error("expected ':' after conversion specifier"));
        }
    }
    let spec = rest.strip_prefix(':').unwrap_or("");
    let value = resolve(vm, name, args, kwargs, auto)?;
    let spec = if spec.contains('{') {
        if depth == 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        render(vm, spec, args, kwargs, auto, depth - 1)?
    } else {
        spec.to_string()
    };
    let value = match conv {
        None => value,
        Some('s') => vm.str_value(value)?,
        Some('r') => {
            let s = vm.repr(value)?;
            vm.new_str(s)
        }
        Some('a') => {
            let s = vm.ascii(value)?;
            vm.new_str(s)
        }
        Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
    };
    vm.format(value, &spec)
}

fn resolve(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    auto: &mut AutoIndex,
) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut value = if first.is_empty() {
        let n =
            match auto {
                AutoIndex::Manual => return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                )),
                AutoIndex::Unused => 0,
                AutoIndex::Auto(n) => *n,
            };
        *auto = AutoIndex::Auto(n + 1);
        positional(vm, args, n)?
    } else if let Some(n) = decimal_index(vm, first)? {
        if matches!(auto, AutoIndex::Auto(_)) {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *auto = AutoIndex::Manual;
        positional(vm, args, n)?
    } else {
        match kwargs.iter().find(|(k, _)| crate::ops::str_of(*k) == first) {
            Some((_, v)) => *v,
            None => {
                let k = vm.new_str(first);
                return Err(vm.key_error(k));
            }
        }
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            if end == 0 {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let attr = vm.intern(&r[..end]);
            value = vm.getattr(value, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key = &r[..end];
            // Only plain digits index (`{0[-1]}` looks up the string "-1", as in CPython).
            let k = match decimal_index(vm, key)? {
                Some(n) => vm.new_int(n as i64),
                None => vm.new_str(key),
            };
            value = vm.getitem(value, k)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(value)
}

fn positional(vm: &mut Vm, args: &[Value], n: usize) -> PyResult<Value> {
    match args.get(n) {
        Some(v) => Ok(*v),
        None => Err(vm.new_error(
            ExcKind::IndexError,
            format!("Replacement index {n} out of range for positional args tuple"),
        )),
    }
}

/// A field name or index made only of ASCII digits, as a number (too many digits for an
/// index is CPython's ValueError).
fn decimal_index(vm: &mut Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    match s.parse::<usize>() {
        Ok(n) if n <= isize::MAX as usize => Ok(Some(n)),
        _ => Err(vm.value_error("Too many decimal digits in format string")),
    }
}
