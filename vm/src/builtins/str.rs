//! Methods of `str`: searching, splitting, joining, stripping.

use crate::error::PyResult;
use crate::objects::function::Args;
use crate::objects::{Gc, StrData, TupleData};
use crate::ops::py_isspace;
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn install(vm: &mut Vm) {
    let t = vm.types.str_;
    vm.add_method(t, "split", split);
    vm.add_method(t, "rsplit", rsplit);
    vm.add_method(t, "join", join);
    vm.add_method(t, "strip", strip);
    vm.add_method(t, "lstrip", lstrip);
    vm.add_method(t, "rstrip", rstrip);
    vm.add_method(t, "replace", replace);
    vm.add_method(t, "find", find);
    vm.add_method(t, "rfind", rfind);
    vm.add_method(t, "index", index);
    vm.add_method(t, "rindex", rindex);
    vm.add_method(t, "count", count);
    vm.add_method(t, "startswith", startswith);
    vm.add_method(t, "endswith", endswith);
    vm.add_method(t, "partition", partition);
    vm.add_method(t, "rpartition", rpartition);
    vm.add_method(t, "splitlines", splitlines);
}

/// The text of `self` for a str method.
pub(super) fn this<'a>(vm: &mut Vm, args: &Args, method: &str) -> PyResult<&'a str> {
    let s = vm.self_as::<StrData>(args, method, "str")?;
    Ok(s.payload().as_str())
}

fn opt_str<'a>(vm: &mut Vm, v: Option<Value>, func: &str) -> PyResult<Option<&'a str>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match crate::ops::as_str(v) {
            Some(s) => Ok(Some(s)),
            None => {
                let n = vm.type_name_of(v);
                Err(vm.type_error(format!("{func} arg must be None or str, not {n}")))
            }
        },
    }
}

fn maxsplit(vm: &mut Vm, args: &Args) -> PyResult<i64> {
    match vm.arg_or_kw(args, 2, "maxsplit") {
        Some(v) => vm.to_ssize(v),
        None => Ok(-1),
    }
}

fn str_list(vm: &mut Vm, parts: Vec<&str>) -> Value {
    let vals: Vec<Value> = parts.into_iter().map(|p| vm.new_str(p)).collect();
    vm.new_list(vals)
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_params("split", &args, &["sep", "maxsplit"])?;
    let s = this(vm, &args, "split")?;
    let sep = opt_str(vm, vm.arg_or_kw(&args, 1, "sep"), "must be str or None")?;
    let max = maxsplit(vm, &args)?;
    let parts: Vec<&str> = match sep {
        Some("") => return Err(vm.value_error("empty separator")),
        Some(sep) => {
            if max < 0 {
                s.split(sep).collect()
            } else {
                s.splitn(max as usize + 1, sep).collect()
            }
        }
        None => split_whitespace(s, max),
    };
    Ok(str_list(vm, parts))
}

/// Python's `str.split()` with no separator: runs of whitespace, at most `max` splits.
fn split_whitespace(s: &str, max: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(py_isspace);
    while !rest.is_empty() {
        if max >= 0 && out.len() as i64 == max {
            out.push(rest);
            break;
        }
        match rest.find(py_isspace) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(py_isspace);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_params("rsplit", &args, &["sep", "maxsplit"])?;
    let s = this(vm, &args, "rsplit")?;
    let sep = opt_str(vm, vm.arg_or_kw(&args, 1, "sep"), "must be str or None")?;
    let max = maxsplit(vm, &args)?;
    let mut parts: Vec<&str> = match sep {
        Some("") => return Err(vm.value_error("empty separator")),
        Some(sep) => {
            if max < 0 {
                s.rsplit(sep).collect()
            } else {
                s.rsplitn(max as usize + 1, sep).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end_matches(py_isspace);
            while !rest.is_empty() {
                if max >= 0 && out.len() as i64 == max {
                    out.push(rest);
                    break;
                }
                match rest.rfind(py_isspace) {
                    Some(i) => {
                        let ws_len = rest[i..].chars().next().map_or(1, |c| c.len_utf8());
                        out.push(&rest[i + ws_len..]);
                        rest = rest[..i].trim_end_matches(py_isspace);
                    }
                    None => {
                        out.push(rest);
                        break;
                    }
                }
            }
            out
        }
    };
    parts.reverse();
    Ok(str_list(vm, parts))
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("str.join", &args, 1, 1)?;
    let sep = this(vm, &args, "join")?;
    let items = match vm.collect_iterable(args.pos[1]) {
        Err(e)
            if vm.err_is(&e, crate::error::ExcKind::TypeError) && !vm.is_iterable(args.pos[1]) =>
        {
            return Err(vm.type_error("can only join an iterable"));
        }
        r => r?,
    };
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, &v) in items.iter().enumerate() {
        let Some(s) = crate::ops::as_str(v) else {
            let n = vm.type_name_of(v);
            return Err(vm.type_error(format!(
                "sequence item {i}: expected str instance, {n} found"
            )));
        };
        total = total.saturating_add(s.len());
    }
    vm.check_alloc(Some(total).filter(|&t| t < usize::MAX))?;
    let mut out = String::with_capacity(total);
    for (i, &v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(crate::ops::as_str(v).expect("checked above"));
    }
    Ok(vm.new_str(out))
}

fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    vm.method_arity(name, &args, 0, 1)?;
    let s = this(vm, &args, name)?;
    let chars = opt_str(vm, args.get(1), name)?;
    let pred = |c: char| match chars {
        Some(set) => set.contains(c),
        None => py_isspace(c),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    if r.len() == s.len() {
        return Ok(args.pos[0]);
    }
    Ok(vm.new_str(r))
}

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("replace", &args, 2, 3)?;
    let s = this(vm, &args, "replace")?;
    let old = vm.str_arg(args.pos[1], "replace", "1")?;
    let new = vm.str_arg(args.pos[2], "replace", "2")?;
    let count = match args.get(3) {
        Some(c) => vm.to_ssize(c)?,
        None => -1,
    };
    // Size the result first: a replacement can multiply the length.
    if new.len() > old.len() {
        let places = if old.is_empty() {
            s.chars().count() + 1
        } else {
            s.matches(old).count()
        };
        let places = if count < 0 {
            places
        } else {
            places.min(count as usize)
        };
        vm.check_alloc(
            places
                .checked_mul(new.len() - old.len())
                .and_then(|g| g.checked_add(s.len())),
        )?;
    }
    let r = if count < 0 {
        if old.is_empty() {
            let mut out = String::from(new);
            for c in s.chars() {
                out.push(c);
                out.push_str(new);
            }
            out
        } else {
            s.replace(old, new)
        }
    } else if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if n < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(new);
        }
        out
    } else {
        s.replacen(old, new, count as usize)
    };
    Ok(vm.new_str(r))
}

/// Resolves optional `start`/`end` arguments (slice semantics) to byte offsets of `s`.
pub(super) fn byte_range(
    vm: &mut Vm,
    s: Gc<StrData>,
    start: Option<Value>,
    end: Option<Value>,
) -> PyResult<Option<(usize, usize)>> {
    let n = s.char_len() as i64;
    // Negative positions count from the end; a start beyond the end finds nothing (not
    // even the empty string), so only the end is clamped to the length.
    let norm = |vm: &mut Vm, v: Option<Value>, default: i64| -> PyResult<i64> {
        match v {
            None => Ok(default),
            Some(v) if v.is_none() => Ok(default),
            Some(v) => {
                let i = vm.to_clamped_index(v)?;
                Ok(if i < 0 { (i + n).max(0) } else { i })
            }
        }
    };
    let a = norm(vm, start, 0)?;
    let b = norm(vm, end, n)?.min(n);
    if a > n || a > b {
        return Ok(None);
    }
    Ok(Some((s.byte_offset(a as usize), s.byte_offset(b as usize))))
}

fn find_impl(vm: &mut Vm, args: Args, name: &str, rev: bool) -> PyResult<Option<usize>> {
    vm.method_arity(name, &args, 1, 3)?;
    let s = vm.self_as::<StrData>(&args, name, "str")?;
    let sub = match crate::ops::as_str(args.pos[1]) {
        Some(x) => x,
        None => {
            let n = vm.type_name_of(args.pos[1]);
            return Err(vm.type_error(format!("must be str, not {n}")));
        }
    };
    let Some((a, b)) = byte_range(vm, s, args.get(2), args.get(3))? else {
        return Ok(None);
    };
    let hay = &s.as_str()[a..b];
    let pos = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(pos.map(|p| s.char_index(a + p)))
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match find_impl(vm, args, "find", false)? {
        Some(i) => Value::small(i as i64),
        None => Value::small(-1),
    })
}

fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match find_impl(vm, args, "rfind", true)? {
        Some(i) => Value::small(i as i64),
        None => Value::small(-1),
    })
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, args, "index", false)? {
        Some(i) => Ok(Value::small(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, args, "rindex", true)? {
        Some(i) => Ok(Value::small(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("count", &args, 1, 3)?;
    let s = vm.self_as::<StrData>(&args, "count", "str")?;
    let sub = vm.str_arg(args.pos[1], "count", "1")?;
    let Some((a, b)) = byte_range(vm, s, args.get(2), args.get(3))? else {
        return Ok(Value::small(0));
    };
    let hay = &s.as_str()[a..b];
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub).count()
    };
    Ok(Value::small(n as i64))
}

fn affix_impl(vm: &mut Vm, args: Args, name: &str, end: bool) -> PyResult<Value> {
    vm.method_arity(name, &args, 1, 3)?;
    let s = vm.self_as::<StrData>(&args, name, "str")?;
    let Some((a, b)) = byte_range(vm, s, args.get(2), args.get(3))? else {
        return Ok(Value::FALSE);
    };
    let hay = &s.as_str()[a..b];
    let test = |p: &str| {
        if end {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    let what = args.pos[1];
    if let Some(p) = crate::ops::as_str(what) {
        return Ok(Value::bool(test(p)));
    }
    if let Some(t) = Gc::<TupleData>::from_value(what) {
        for &x in t.items.iter() {
            match crate::ops::as_str(x) {
                Some(p) => {
                    if test(p) {
                        return Ok(Value::TRUE);
                    }
                }
                None => {
                    let n = vm.type_name_of(x);
                    return Err(
                        vm.type_error(format!("tuple for {name} must only contain str, not {n}"))
                    );
                }
            }
        }
        return Ok(Value::FALSE);
    }
    let n = vm.type_name_of(what);
    Err(vm.type_error(format!(
        "{name} first arg must be str or a tuple of str, not {n}"
    )))
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "endswith", true)
}

fn partition_impl(vm: &mut Vm, args: Args, name: &str, rev: bool) -> PyResult<Value> {
    vm.method_arity(name, &args, 1, 1)?;
    let s = this(vm, &args, name)?;
    let sep = vm.str_arg(args.pos[1], name, "1")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    let (a, b, c) = match found {
        Some(i) => (&s[..i], sep, &s[i + sep.len()..]),
        None if rev => ("", "", s),
        None => (s, "", ""),
    };
    let parts = vec![vm.new_str(a), vm.new_str(b), vm.new_str(c)];
    Ok(vm.new_tuple(parts))
}

fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_params("splitlines", &args, &["keepends"])?;
    let s = this(vm, &args, "splitlines")?;
    let keep = match vm.arg_or_kw(&args, 1, "keepends") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let is_break = |c: char| {
        matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        )
    };
    let mut parts = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_break(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                    end += 1;
                }
            }
            parts.push(if keep { &s[start..end] } else { &s[start..i] });
            start = end;
        }
    }
    if start < s.len() {
        parts.push(&s[start..]);
    }
    Ok(str_list(vm, parts))
}
