//! Methods of `str`: case conversion, classification, padding, formatting.

use super::str::this;
use crate::error::PyResult;
use crate::objects::function::Args;
use crate::objects::{DictData, Gc};
use crate::ops::int::as_int;
use crate::ops::unicode_case as case;
use crate::ops::unicode_props as props;
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn install(vm: &mut Vm) {
    let t = vm.types.str_;
    for (name, f) in [
        ("upper", upper as crate::objects::function::NativeFn),
        ("lower", lower),
        ("casefold", casefold),
        ("title", title),
        ("capitalize", capitalize),
        ("swapcase", swapcase),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("isidentifier", isidentifier),
        ("isprintable", isprintable),
        ("isascii", isascii),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("format", format),
        ("format_map", format_map),
        ("expandtabs", expandtabs),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("translate", translate),
        ("encode", encode),
    ] {
        vm.add_method(t, name, f);
    }
    vm.add_staticmethod(t, "maketrans", maketrans);
}

fn map_str(vm: &mut Vm, args: Args, name: &str, f: impl Fn(&str) -> String) -> PyResult<Value> {
    vm.method_arity(name, &args, 0, 0)?;
    let s = this(vm, &args, name)?;
    let r = f(s);
    Ok(vm.new_str(r))
}

fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_str(vm, args, "upper", |s| s.to_uppercase())
}

fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_str(vm, args, "lower", |s| s.to_lowercase())
}

fn title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_str(vm, args, "title", |s| {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        let mut prev_cased = false;
        for (i, &c) in chars.iter().enumerate() {
            if prev_cased {
                case::push_lower_at(&chars, i, &mut out);
            } else {
                case::push_title(c, &mut out);
            }
            prev_cased = case::is_cased(c);
        }
        out
    })
}

fn capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_str(vm, args, "capitalize", |s| {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        for (i, &c) in chars.iter().enumerate() {
            if i == 0 {
                case::push_title(c, &mut out);
            } else {
                case::push_lower_at(&chars, i, &mut out);
            }
        }
        out
    })
}

fn casefold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_str(vm, args, "casefold", |s| {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            case::push_fold(c, &mut out);
        }
        out
    })
}

fn swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_str(vm, args, "swapcase", |s| {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        for (i, &c) in chars.iter().enumerate() {
            if c.is_uppercase() {
                case::push_lower_at(&chars, i, &mut out);
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        out
    })
}

fn pred(vm: &mut Vm, args: Args, name: &str, p: impl Fn(&str) -> bool) -> PyResult<Value> {
    vm.method_arity(name, &args, 0, 0)?;
    let s = this(vm, &args, name)?;
    Ok(Value::bool(p(s)))
}

/// Unicode decimal digits (category Nd).
fn is_decimal_char(c: char) -> bool {
    crate::ops::unicode_digits::decimal_value(c).is_some()
}

fn isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isdigit", |s| {
        !s.is_empty() && s.chars().all(props::is_digit)
    })
}

fn isdecimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isdecimal", |s| {
        !s.is_empty() && s.chars().all(is_decimal_char)
    })
}

fn isnumeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isnumeric", |s| {
        !s.is_empty() && s.chars().all(props::is_numeric)
    })
}

fn isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isalpha", |s| {
        !s.is_empty() && s.chars().all(props::is_alpha)
    })
}

fn isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isalnum", |s| {
        !s.is_empty()
            && s.chars()
                .all(|c| props::is_alpha(c) || props::is_numeric(c))
    })
}

fn isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isspace", |s| {
        !s.is_empty() && s.chars().all(crate::ops::py_isspace)
    })
}

fn isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isupper", |s| {
        s.chars().any(char::is_uppercase)
            && !s.chars().any(|c| c.is_lowercase() || case::is_titlecase(c))
    })
}

fn islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "islower", |s| {
        s.chars().any(char::is_lowercase)
            && !s.chars().any(|c| c.is_uppercase() || case::is_titlecase(c))
    })
}

fn istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "istitle", |s| {
        let mut prev_cased = false;
        let mut any = false;
        for c in s.chars() {
            if c.is_uppercase() || case::is_titlecase(c) {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}

fn isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isidentifier", |s| {
        let mut it = s.chars();
        it.next().is_some_and(props::is_id_start) && it.all(props::is_id_continue)
    })
}

fn isprintable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isprintable", |s| {
        s.chars().all(crate::ops::repr::is_printable)
    })
}

fn isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isascii", |s| s.is_ascii())
}

fn pad_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(usize, char)> {
    vm.method_arity(name, args, 1, 2)?;
    let w = vm.to_ssize(args.pos[1])?.max(0) as usize;
    vm.check_alloc(Some(w))?;
    let fill = match args.get(2) {
        None => ' ',
        Some(f) => {
            let s = crate::ops::as_str(f).filter(|s| s.chars().count() == 1);
            match s {
                Some(s) => s.chars().next().expect("one char"),
                None => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
    };
    Ok((w, fill))
}

fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (w, fill) = pad_args(vm, &args, "center")?;
    let s = this(vm, &args, "center")?;
    let n = s.chars().count();
    if n >= w {
        return Ok(args.pos[0]);
    }
    let marg = w - n;
    let left = marg / 2 + (marg & w & 1);
    let f = fill.to_string();
    let r = format!("{}{s}{}", f.repeat(left), f.repeat(marg - left));
    Ok(vm.new_str(r))
}

fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (w, fill) = pad_args(vm, &args, "ljust")?;
    let s = this(vm, &args, "ljust")?;
    let n = s.chars().count();
    if n >= w {
        return Ok(args.pos[0]);
    }
    let r = format!("{s}{}", fill.to_string().repeat(w - n));
    Ok(vm.new_str(r))
}

fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (w, fill) = pad_args(vm, &args, "rjust")?;
    let s = this(vm, &args, "rjust")?;
    let n = s.chars().count();
    if n >= w {
        return Ok(args.pos[0]);
    }
    let r = format!("{}{s}", fill.to_string().repeat(w - n));
    Ok(vm.new_str(r))
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("zfill", &args, 1, 1)?;
    let s = this(vm, &args, "zfill")?;
    let w = vm.to_ssize(args.pos[1])?.max(0) as usize;
    vm.check_alloc(Some(w))?;
    let n = s.chars().count();
    if n >= w {
        return Ok(args.pos[0]);
    }
    let (sign, rest) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &s[1..]),
        _ => (String::new(), s),
    };
    let r = format!("{sign}{}{rest}", "0".repeat(w - n));
    Ok(vm.new_str(r))
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "format")?.to_string();
    let r = crate::format::strformat::format(vm, &s, &args.pos[1..], args.kw)?;
    Ok(vm.new_str(r))
}

fn format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("format_map", &args, 1, 1)?;
    let s = this(vm, &args, "format_map")?.to_string();
    let Some(d) = Gc::<DictData>::from_value(args.pos[1]) else {
        return Err(vm.unsupported("format_map() with a non-dict mapping"));
    };
    let kw = vm.dict_items(d);
    let r = crate::format::strformat::format(vm, &s, &[], &kw)?;
    Ok(vm.new_str(r))
}

fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_params("expandtabs", &args, &["tabsize"])?;
    let s = this(vm, &args, "expandtabs")?;
    let size = match vm.arg_or_kw(&args, 1, "tabsize") {
        Some(v) => {
            let n = vm.to_ssize(v)?;
            if i32::try_from(n).is_err() {
                return Err(vm.overflow_error("Python int too large to convert to C int"));
            }
            n
        }
        None => 8,
    };
    let tabs = s.matches('\t').count();
    vm.check_alloc(
        tabs.checked_mul(size.max(0) as usize)
            .and_then(|t| t.checked_add(s.len())),
    )?;
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_str(out))
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("removeprefix", &args, 1, 1)?;
    let s = this(vm, &args, "removeprefix")?;
    let p = vm.str_arg(args.pos[1], "removeprefix", "1")?;
    match s.strip_prefix(p) {
        Some(r) if !p.is_empty() => Ok(vm.new_str(r)),
        _ => Ok(args.pos[0]),
    }
}

fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("removesuffix", &args, 1, 1)?;
    let s = this(vm, &args, "removesuffix")?;
    let p = vm.str_arg(args.pos[1], "removesuffix", "1")?;
    match s.strip_suffix(p) {
        Some(r) if !p.is_empty() => Ok(vm.new_str(r)),
        _ => Ok(args.pos[0]),
    }
}

fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("translate", &args, 1, 1)?;
    let s = this(vm, &args, "translate")?.to_string();
    let table = args.pos[1];
    let mut out = String::new();
    for c in s.chars() {
        let key = Value::small(c as i64);
        match vm.getitem(table, key) {
            Ok(v) if v.is_none() => {}
            Ok(v) => {
                if let Some(t) = crate::ops::as_str(v) {
                    out.push_str(t);
                } else if let Some(ch) = as_int(v)
                    .and_then(|i| i.to_i64())
                    .and_then(|i| u32::try_from(i).ok())
                    .and_then(char::from_u32)
                {
                    out.push(ch);
                } else {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
            }
            Err(e) if vm.err_is(&e, crate::error::ExcKind::LookupError) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(vm.new_str(out))
}

fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("str.maketrans() takes no keyword arguments"));
    }
    vm.arity_pos("maketrans", args.len(), 1, 3)?;
    let d = vm.new_dict();
    if args.len() == 1 {
        let Some(src) = Gc::<DictData>::from_value(args.pos[0]) else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in vm.dict_items(src) {
            let key = match crate::ops::as_str(k) {
                Some(s) if s.chars().count() == 1 => {
                    Value::small(s.chars().next().expect("char") as i64)
                }
                _ => k,
            };
            vm.dict_set(d, key, v)?;
        }
        return Ok(d.value());
    }
    let x: Vec<char> = vm.str_arg(args.pos[0], "maketrans", "1")?.chars().collect();
    let y: Vec<char> = vm.str_arg(args.pos[1], "maketrans", "2")?.chars().collect();
    if x.len() != y.len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.iter().zip(&y) {
        let v = vm.new_int(*b as i64);
        vm.dict_set(d, Value::small(*a as i64), v)?;
    }
    if let Some(z) = args.get(2) {
        let z: Vec<char> = vm.str_arg(z, "maketrans", "3")?.chars().collect();
        for c in z {
            vm.dict_set(d, Value::small(c as i64), Value::NONE)?;
        }
    }
    Ok(d.value())
}

fn encode(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.unsupported("str.encode() (bytes objects)"))
}
