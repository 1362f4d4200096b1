//! String formatting: the format-spec mini-language (`format()`, f-strings, `str.format`)
//! and printf-style `%` formatting, with CPython's exact output for ints and floats.

pub mod float_fmt;
pub mod float_hex;
pub mod percent;
pub mod spec;
pub mod strformat;

use crate::error::PyResult;
use crate::objects::typeobj::tflags;
use crate::objects::Kind;
use crate::ops::float::as_float;
use crate::ops::int::as_int;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// FORMAT_VALUE: applies the `!s`/`!r`/`!a` conversion, then `format(v, spec)`.
    pub(crate) fn format_value(&mut self, v: Value, conv: u8, spec: Value) -> PyResult<Value> {
        let v = match conv {
            b's' => self.str_value(v)?,
            b'r' => {
                let s = self.repr(v)?;
                self.new_str(s)
            }
            b'a' => {
                let s = self.ascii(v)?;
                self.new_str(s)
            }
            _ => v,
        };
        let spec_s = if spec.is_unbound() {
            ""
        } else {
            crate::ops::str_of(spec)
        };
        if spec_s.is_empty() && crate::objects::is_kind(v, Kind::Str) {
            return Ok(v);
        }
        let spec_owned = spec_s.to_string();
        let s = self.format(v, &spec_owned)?;
        Ok(self.new_str(s))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: Value, spec: &str) -> PyResult<String> {
        let cls = self.class_of(v);
        if cls.has(tflags::HEAPTYPE) {
            if let Some(f) = self.lookup_type(cls, self.names.format) {
                if !crate::objects::is_kind(f, Kind::Builtin) {
                    let sv = self.new_str(spec);
                    let r = self.call_special(f, v, &[sv])?;
                    return match crate::ops::as_str(r) {
                        Some(s) => Ok(s.to_string()),
                        None => {
                            let n = self.type_name_of(r);
                            Err(self.type_error(format!("__format__ must return a str, not {n}")))
                        }
                    };
                }
            }
        }
        self.builtin_format(v, spec)
    }

    /// `format()` of built-in values; `object.__format__` for others.
    pub fn builtin_format(&mut self, v: Value, spec: &str) -> PyResult<String> {
        // An empty spec is `str(v)` for subclasses of int, float and str (and for bool).
        if spec.is_empty() && (v.is_bool() || self.class_of(v).has(tflags::HEAPTYPE)) {
            return self.str(v);
        }
        if let Some(i) = as_int(v) {
            let big = i.to_big().into_owned();
            return spec::format_int(self, &big, spec);
        }
        if let Some(f) = as_float(v) {
            return spec::format_float(self, f, spec);
        }
        if let Some(s) = crate::ops::as_str(v) {
            let s = s.to_string();
            return spec::format_str(self, &s, spec);
        }
        if spec.is_empty() {
            return self.str(v);
        }
        let n = self.type_name_of(v);
        Err(self.type_error(format!(
            "unsupported format string passed to {n}.__format__"
        )))
    }
}
