//! Python's operations on values: arithmetic, comparison, attributes, items, iteration,
//! hashing, conversion to text. Each has a fast path for the built-in types and falls back
//! to special methods (`__add__`, `__eq__`, ...) of user classes.

pub mod arith;
pub mod attr;
pub mod cache;
pub mod compare;
pub mod consume;
pub mod descr;
pub mod dictops;
pub mod float;
pub mod hash;
pub mod int;
pub mod int_str;
pub mod item;
pub mod iter;
pub mod matching;
pub mod repr;
pub mod setops;
pub mod slice;
pub mod unicode_case;
pub mod unicode_case_tables;
pub mod unicode_digits;
pub mod unicode_ident_tables;
pub mod unicode_printable;
pub mod unicode_props;
pub mod unicode_props_tables;
pub mod with;

use crate::objects::{Gc, InstanceData, Kind, StrData};
use crate::value::Value;

/// Python's `str.isspace` for one character: Unicode White_Space plus the information
/// separators U+001C..U+001F (bidirectional class B/S), which `split()` and `strip()` use.
#[inline]
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// The text of a `str` value (empty for non-strings: callers check types first).
#[inline]
pub fn str_of<'a>(v: Value) -> &'a str {
    match Gc::<StrData>::from_value(v) {
        Some(s) => s.payload().as_str(),
        None => "",
    }
}

/// The text of a `str` (or str subclass instance), if `v` is one.
#[inline]
pub fn as_str<'a>(v: Value) -> Option<&'a str> {
    if let Some(s) = Gc::<StrData>::from_value(v) {
        return Some(s.payload().as_str());
    }
    let base = builtin_base(v, Kind::Str)?;
    Gc::<StrData>::from_value(base).map(|s| s.payload().as_str())
}

/// Whether two `str` values have the same text (fast when they are the same object).
#[inline]
pub fn str_eq(a: Value, b: Value) -> bool {
    a == b
        || str_of(a) == str_of(b)
            && crate::objects::is_kind(a, Kind::Str)
            && crate::objects::is_kind(b, Kind::Str)
}

/// For an instance of a user subclass of a built-in type with payload `kind`, the built-in
/// base value it wraps.
#[inline]
pub fn builtin_base(v: Value, kind: Kind) -> Option<Value> {
    let inst = Gc::<InstanceData>::from_value(v)?;
    let b = inst.base.get();
    let matches = match kind {
        Kind::BigInt => b.is_small_int() || b.is_bool() || crate::objects::is_kind(b, kind),
        Kind::Float => b.is_imm_float() || crate::objects::is_kind(b, kind),
        _ => crate::objects::is_kind(b, kind),
    };
    if matches {
        Some(b)
    } else {
        None
    }
}

/// `v` itself if it has payload `kind`, or the base value of a subclass instance.
#[inline]
pub fn unwrap_kind(v: Value, kind: Kind) -> Option<Value> {
    if crate::objects::is_kind(v, kind) {
        Some(v)
    } else {
        builtin_base(v, kind)
    }
}
