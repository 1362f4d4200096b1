//! The constructors of `int`, `float` and `str`, and the conversions behind them
//! (`__int__`/`__index__`/`__trunc__`, `__float__`, int parsing in any base).

use crate::error::PyResult;
use crate::objects::typeobj::tflags;
use crate::ops::int::as_int;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `int(x=0, base=10)`.
    pub fn construct_int(&mut self, pos: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        let a = crate::objects::function::Args { pos, kw };
        self.only_kwargs("int", &a, &["base"])?;
        if pos.len() > 2 {
            let n = pos.len();
            return Err(self.type_error(format!("int() takes at most 2 arguments ({n} given)")));
        }
        let base = self.arg_or_kw(&a, 1, "base");
        let Some(x) = pos.first().copied() else {
            if base.is_some() {
                return Err(self.type_error("int() missing string argument"));
            }
            return Ok(Value::small(0));
        };
        if let Some(b) = base {
            let b = self.to_i64_index(b)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(self.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let Some(s) = crate::ops::as_str(x) else {
                return Err(self.type_error("int() can't convert non-string with explicit base"));
            };
            let s = s.to_string();
            return self.parse_int(&s, b as u32);
        }
        self.to_int(x)
    }

    /// Converts a value to int (`int(x)`).
    pub fn to_int(&mut self, x: Value) -> PyResult<Value> {
        if let Some(i) = as_int(x) {
            if !self.class_of(x).has(tflags::HEAPTYPE)
                || self
                    .lookup_type(self.class_of(x), self.names.int_)
                    .is_none()
            {
                let b = i.to_big().into_owned();
                return Ok(self.int_from_big(b));
            }
        }
        if let Some(f) = crate::ops::float::as_float(x) {
            if f.is_nan() {
                return Err(self.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(self.overflow_error("cannot convert float infinity to integer"));
            }
            let t = f.trunc();
            if t.abs() < 9.0e18 {
                return Ok(self.new_int(t as i64));
            }
            let big =
                <num_bigint::BigInt as num_traits::FromPrimitive>::from_f64(t).expect("finite");
            return Ok(self.int_from_big(big));
        }
        if let Some(s) = crate::ops::as_str(x) {
            let s = s.to_string();
            return self.parse_int(&s, 10);
        }
        let cls = self.class_of(x);
        for name in [self.names.int_, self.names.index] {
            if let Some(f) = self.lookup_type(cls, name) {
                let r = self.call_special(f, x, &[])?;
                if as_int(r).is_some() {
                    return Ok(r);
                }
                let n = self.type_name_of(r);
                return Err(self.type_error(format!("__int__ returned non-int (type {n})")));
            }
        }
        let trunc = self.intern("__trunc__");
        if let Some(f) = self.lookup_type(cls, trunc) {
            return self.call_special(f, x, &[]);
        }
        let n = self.type_name(cls);
        Err(self.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{n}'"
        )))
    }

    /// Parses an int literal in `base` (0: infer from prefix), as `int(s, base)`.
    pub fn parse_int(&mut self, s: &str, base: u32) -> PyResult<Value> {
        let err = |vm: &mut Vm| {
            let r = crate::ops::repr::str_repr(s);
            vm.value_error(format!("invalid literal for int() with base {base}: {r}"))
        };
        let converted = crate::ops::unicode_digits::ascii_digits(s.trim());
        let t = converted.as_ref();
        let (neg, body) = match t.strip_prefix('-') {
            Some(r) => (true, r),
            None => (false, t.strip_prefix('+').unwrap_or(t)),
        };
        let lower = body.to_ascii_lowercase();
        let (radix, digits, prefixed) = match (base, lower.get(..2)) {
            (0 | 16, Some("0x")) => (16, &body[2..], true),
            (0 | 8, Some("0o")) => (8, &body[2..], true),
            (0 | 2, Some("0b")) => (2, &body[2..], true),
            (0, _) => {
                if body.len() > 1
                    && body.starts_with('0')
                    && body.chars().any(|c| c != '0' && c != '_')
                {
                    return Err(err(self));
                }
                (10, body, false)
            }
            (b, _) => (b, body, false),
        };
        let base = radix;
        let digits = if prefixed {
            digits.strip_prefix('_').unwrap_or(digits)
        } else {
            digits
        };
        if digits.is_empty()
            || digits.starts_with('_')
            || digits.ends_with('_')
            || digits.contains("__")
        {
            return Err(err(self));
        }
        let clean: String = digits.chars().filter(|&c| c != '_').collect();
        if !clean.chars().all(|c| c.is_digit(base)) {
            return Err(err(self));
        }
        self.check_int_parse_digits(clean.len(), base)?;
        let Some(mut v) = num_bigint::BigInt::parse_bytes(clean.as_bytes(), base) else {
            return Err(err(self));
        };
        if neg {
            v = -v;
        }
        Ok(self.int_from_big(v))
    }

    /// `float(x=0.0)`.
    pub fn construct_float(&mut self, pos: &[Value]) -> PyResult<Value> {
        self.arity_pos("float", pos.len(), 0, 1)?;
        let Some(&x) = pos.first() else {
            return Ok(self.new_float(0.0));
        };
        let f = self.to_f64(x)?;
        Ok(self.new_float(f))
    }

    /// Converts to a Python float value (`float(x)`).
    pub fn to_f64(&mut self, x: Value) -> PyResult<f64> {
        if let Some(f) = crate::ops::float::as_float(x) {
            return Ok(f);
        }
        if let Some(i) = as_int(x) {
            return self.int_to_f64(&i);
        }
        if let Some(s) = crate::ops::as_str(x) {
            let converted = crate::ops::unicode_digits::ascii_digits(s.trim());
            let t = converted.as_ref();
            let clean: String = t.chars().filter(|&c| c != '_').collect();
            let ok_underscores = !t.starts_with('_') && !t.ends_with('_') && !t.contains("__");
            let lower = clean.to_ascii_lowercase();
            let unsigned = lower.strip_prefix(['+', '-']).unwrap_or(&lower);
            let parsed = match unsigned {
                "inf" | "infinity" => Some(if lower.starts_with('-') {
                    f64::NEG_INFINITY
                } else {
                    f64::INFINITY
                }),
                "nan" => Some(f64::NAN),
                _ if ok_underscores && !lower.contains("inf") && !lower.contains("nan") => {
                    clean.parse::<f64>().ok()
                }
                _ => None,
            };
            return match parsed {
                Some(f) => Ok(f),
                None => {
                    let r = crate::ops::repr::str_repr(s);
                    Err(self.value_error(format!("could not convert string to float: {r}")))
                }
            };
        }
        let cls = self.class_of(x);
        for name in [self.names.float_, self.names.index] {
            if let Some(f) = self.lookup_type(cls, name) {
                let r = self.call_special(f, x, &[])?;
                if let Some(v) = crate::ops::float::as_float(r) {
                    return Ok(v);
                }
                if let Some(i) = as_int(r) {
                    return self.int_to_f64(&i);
                }
                return Err(self.type_error("__float__ returned non-float"));
            }
        }
        let n = self.type_name(cls);
        Err(self.type_error(format!(
            "float() argument must be a string or a real number, not '{n}'"
        )))
    }

    /// `str(x='')`.
    pub fn construct_str(&mut self, pos: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        let object = self.intern("object");
        let (pos, kw): (Vec<Value>, &[(Value, Value)]) = match kw {
            [(k, v)] if *k == object && pos.is_empty() => (vec![*v], &[]),
            _ => (pos.to_vec(), kw),
        };
        if !kw.is_empty() || pos.len() > 1 {
            return Err(self.unsupported("str() with an encoding (bytes are not supported)"));
        }
        match pos.first() {
            Some(&v) => self.str_value(v),
            None => Ok(self.intern("")),
        }
    }
}
