//! Integers: small ints in the value word, big ints in `num_bigint::BigInt` objects.
//!
//! All results go through [`Vm::int_from_big`], which keeps the invariant that values in the
//! small range are never boxed. `bool` is a subclass of `int`: `True` and `False` behave as 1
//! and 0 in arithmetic.

use crate::error::PyResult;
use crate::objects::{BigIntData, Gc, Kind};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::borrow::Cow;

/// An int operand: small or big.
#[derive(Clone, Debug)]
pub enum IntRef<'a> {
    /// Fits in a machine word.
    Small(i64),
    /// A big int.
    Big(&'a BigInt),
}

impl IntRef<'_> {
    /// As a big int (borrowed when it already is one).
    pub fn to_big(&self) -> Cow<'_, BigInt> {
        match self {
            IntRef::Small(i) => Cow::Owned(BigInt::from(*i)),
            IntRef::Big(b) => Cow::Borrowed(b),
        }
    }

    /// As an i64, if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(*i),
            IntRef::Big(b) => b.to_i64(),
        }
    }

    /// Whether the value is negative.
    pub fn is_negative(&self) -> bool {
        match self {
            IntRef::Small(i) => *i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }

    /// Whether the value is zero.
    pub fn is_zero(&self) -> bool {
        match self {
            IntRef::Small(i) => *i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }
}

/// The int value of `v` if it is an int, a bool, or an instance of an int subclass.
#[inline]
pub fn as_int<'a>(v: Value) -> Option<IntRef<'a>> {
    if let Some(i) = v.as_small_int() {
        return Some(IntRef::Small(i));
    }
    if v == Value::TRUE {
        return Some(IntRef::Small(1));
    }
    if v == Value::FALSE {
        return Some(IntRef::Small(0));
    }
    if let Some(b) = Gc::<BigIntData>::from_value(v) {
        return Some(IntRef::Big(&b.payload().value));
    }
    let base = super::builtin_base(v, Kind::BigInt)?;
    as_int(base)
}

/// Whether `v` is an int (including bools and int subclasses).
pub fn is_int(v: Value) -> bool {
    as_int(v).is_some()
}

impl Vm {
    /// An int value from an i64.
    #[inline]
    pub fn new_int(&mut self, i: i64) -> Value {
        match Value::try_int(i) {
            Some(v) => v,
            None => self
                .alloc(
                    self.types.int,
                    BigIntData {
                        value: BigInt::from(i),
                    },
                )
                .value(),
        }
    }

    /// An int value from a big int (small if it fits).
    pub fn int_from_big(&mut self, b: BigInt) -> Value {
        if let Some(i) = b.to_i64() {
            if let Some(v) = Value::try_int(i) {
                return v;
            }
        }
        self.alloc(self.types.int, BigIntData { value: b }).value()
    }

    /// An int value from an i128.
    pub fn new_int128(&mut self, i: i128) -> Value {
        if let Ok(x) = i64::try_from(i) {
            self.new_int(x)
        } else {
            self.int_from_big(BigInt::from(i))
        }
    }

    /// The value as an index (`__index__`): ints, bools and objects defining `__index__`.
    pub fn to_index(&mut self, v: Value) -> PyResult<IntRef<'static>> {
        if let Some(i) = as_int(v) {
            return Ok(i);
        }
        let cls = self.class_of(v);
        if let Some(f) = self.lookup_type(cls, self.names.index) {
            let r = self.call_special(f, v, &[])?;
            if let Some(i) = as_int(r) {
                return Ok(i);
            }
            let n = self.type_name_of(r);
            return Err(self.type_error(format!("__index__ returned non-int (type {n})")));
        }
        let n = self.type_name(cls);
        Err(self.type_error(format!("'{n}' object cannot be interpreted as an integer")))
    }

    /// The value as a C `Py_ssize_t` (CPython's `PyNumber_AsSsize_t(v, OverflowError)`):
    /// sizes, counts and positions that are not clamped.
    pub fn to_ssize(&mut self, v: Value) -> PyResult<i64> {
        let i = self.to_index(v)?;
        match i.to_i64() {
            Some(x) => Ok(x),
            None => Err(self.new_error(
                crate::error::ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            )),
        }
    }

    /// The value as an index clamped to the `Py_ssize_t` range (CPython's
    /// `_PyEval_SliceIndex`): `start`/`end` arguments of search methods.
    pub fn to_clamped_index(&mut self, v: Value) -> PyResult<i64> {
        let i = self.to_index(v)?;
        Ok(i.to_i64()
            .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX }))
    }

    /// The value as an index for a subscript (IndexError beyond i64, as CPython).
    pub fn to_i64_index(&mut self, v: Value) -> PyResult<i64> {
        let i = self.to_index(v)?;
        match i.to_i64() {
            Some(x) => Ok(x),
            None => {
                let n = self.type_name_of(v);
                Err(self.new_error(
                    crate::error::ExcKind::IndexError,
                    format!("cannot fit '{n}' into an index-sized integer"),
                ))
            }
        }
    }

    /// Floor division and modulo of ints (CPython's rounding towards negative infinity).
    pub fn int_divmod(&mut self, a: &IntRef, b: &IntRef, what: &str) -> PyResult<(Value, Value)> {
        if b.is_zero() {
            return Err(self.zero_division(what));
        }
        if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
            let (q, r) = (x.div_floor(y), x.mod_floor(y));
            return Ok((self.new_int(q), self.new_int(r)));
        }
        let (q, r) = a.to_big().div_mod_floor(&b.to_big());
        Ok((self.int_from_big(q), self.int_from_big(r)))
    }

    /// `a ** b` for ints with `b >= 0`.
    pub fn int_pow(&mut self, a: &IntRef, exp: u64) -> PyResult<Value> {
        if let IntRef::Small(x) = a {
            if let Ok(e) = u32::try_from(exp) {
                if let Some(r) = x.checked_pow(e) {
                    return Ok(self.new_int(r));
                }
            }
        }
        let base = a.to_big().into_owned();
        if exp > u32::MAX as u64 && base.magnitude().bits() > 1 {
            return Err(self.new_error(crate::error::ExcKind::MemoryError, ""));
        }
        Ok(self.int_from_big(num_traits::pow::Pow::pow(&base, exp)))
    }

    /// An int as a float (OverflowError when too large).
    pub fn int_to_f64(&mut self, i: &IntRef) -> PyResult<f64> {
        match i {
            IntRef::Small(x) => Ok(*x as f64),
            IntRef::Big(b) => match b.to_f64() {
                Some(f) if f.is_finite() => Ok(f),
                _ => Err(self.overflow_error("int too large to convert to float")),
            },
        }
    }
}
