//! `Value`: every Python value in one 64-bit word.
//!
//! ```text
//! ...............................1   int: 63-bit two's complement, value = word >> 1
//! ............................000    pointer to a heap object (8-byte aligned); 0 = unbound
//! ............................010    immediate float (see below)
//! ............................100    constants: None, False, True, NotImplemented, Ellipsis
//! ```
//!
//! **Ints** that fit in 63 bits never allocate; `a + b` on two tagged ints is one add of the
//! words minus the tag bit, with the processor's overflow flag telling when the result must
//! become a big integer (a heap object holding a `num_bigint::BigInt`).
//!
//! **Floats** use the "immediate float" scheme of Smalltalk's Spur VM: the 64 bits of an
//! IEEE double are rotated left by one (the sign moves to bit 0) and the exponent is
//! re-biased; if the exponent falls in an 8-bit window around 1.0 (about 1.2e-38 to
//! 3.4e+38 in magnitude) or the value is ±0.0, the 61 remaining bits hold the number exactly
//! and no allocation happens. Others (1e300, inf, nan, denormals) are boxed. Nearly every
//! float a program computes is in the window, so float arithmetic does not allocate, unlike
//! CPython's boxed floats; NaN-boxing would have cost us 63-bit ints or made every pointer
//! test more expensive. The measurement behind this choice is in `results/float-repr.md`.

use pyrite_gc::ObjRef;
use std::fmt;

/// One Python value.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(u64);

const TAG_MASK: u64 = 0b111;
const TAG_FLOAT: u64 = 0b010;
const TAG_CONST: u64 = 0b100;

/// Exponent bias subtracted from immediate floats (exponents 896..=1150 are immediate).
const FLOAT_EXP_OFFSET: u64 = 895;

/// Smallest int held without allocation.
pub const SMALL_INT_MIN: i64 = -(1 << 62);
/// Largest int held without allocation.
pub const SMALL_INT_MAX: i64 = (1 << 62) - 1;

impl Value {
    /// An empty register or deleted variable (never visible to Python code).
    pub const UNBOUND: Value = Value(0);
    /// `None`.
    pub const NONE: Value = Value(TAG_CONST);
    /// `False`.
    pub const FALSE: Value = Value(TAG_CONST | 1 << 3);
    /// `True`.
    pub const TRUE: Value = Value(TAG_CONST | 2 << 3);
    /// `NotImplemented`.
    pub const NOT_IMPLEMENTED: Value = Value(TAG_CONST | 3 << 3);
    /// `Ellipsis` (`...`).
    pub const ELLIPSIS: Value = Value(TAG_CONST | 4 << 3);

    /// The raw word (for hashing identities, `id()` and JIT code).
    #[inline]
    pub fn raw(self) -> u64 {
        self.0
    }

    /// Rebuilds a value from [`Value::raw`].
    ///
    /// # Safety
    /// A pointer-tagged word must address a live object.
    #[inline]
    pub unsafe fn from_raw(raw: u64) -> Value {
        Value(raw)
    }

    /// A small int, if `i` fits in 63 bits.
    #[inline]
    pub fn try_int(i: i64) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            Some(Value(((i as u64) << 1) | 1))
        } else {
            None
        }
    }

    /// A small int; `i` must fit in 63 bits (use for values known to be small).
    #[inline]
    pub fn small(i: i64) -> Value {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i));
        Value(((i as u64) << 1) | 1)
    }

    /// Whether this is a small (unboxed) int. Booleans are not.
    #[inline]
    pub fn is_small_int(self) -> bool {
        self.0 & 1 == 1
    }

    /// The small int's value.
    #[inline]
    pub fn as_small_int(self) -> Option<i64> {
        if self.is_small_int() {
            Some((self.0 as i64) >> 1)
        } else {
            None
        }
    }

    /// The value of a word known to be a small int.
    #[inline]
    pub fn small_unchecked(self) -> i64 {
        debug_assert!(self.is_small_int());
        (self.0 as i64) >> 1
    }

    /// An immediate float, if `f` is in the immediate window (or ±0.0).
    #[inline]
    pub fn try_float(f: f64) -> Option<Value> {
        if cfg!(feature = "boxed-floats") {
            return None;
        }
        let r = f.to_bits().rotate_left(1);
        if r <= 1 {
            return Some(Value((r << 3) | TAG_FLOAT));
        }
        let rebased = r.wrapping_sub(FLOAT_EXP_OFFSET << 53);
        // Exponent (now the top 11 bits) must be in 1..=255, i.e. the top 3 bits clear.
        if ((1 << 53)..(1 << 61)).contains(&rebased) {
            Some(Value((rebased << 3) | TAG_FLOAT))
        } else {
            None
        }
    }

    /// Whether this is an immediate float.
    #[inline]
    pub fn is_imm_float(self) -> bool {
        self.0 & TAG_MASK == TAG_FLOAT
    }

    /// The immediate float's value.
    #[inline]
    pub fn as_imm_float(self) -> Option<f64> {
        if !self.is_imm_float() {
            return None;
        }
        let r = self.0 >> 3;
        let bits = if r <= 1 {
            r
        } else {
            r + (FLOAT_EXP_OFFSET << 53)
        };
        Some(f64::from_bits(bits.rotate_right(1)))
    }

    /// A reference to a heap object.
    #[inline]
    pub fn from_obj(obj: ObjRef) -> Value {
        Value(obj.addr() as u64)
    }

    /// The heap object, if this is a pointer (not unbound).
    #[inline]
    pub fn as_obj(self) -> Option<ObjRef> {
        if self.0 & TAG_MASK == 0 && self.0 != 0 {
            // SAFETY: pointer-tagged words are only made from live ObjRefs (`from_obj`), and
            // values are used between safepoints or are rooted.
            Some(unsafe { ObjRef::from_raw(self.0 as usize) })
        } else {
            None
        }
    }

    /// Whether this is a heap object.
    #[inline]
    pub fn is_obj(self) -> bool {
        self.0 & TAG_MASK == 0 && self.0 != 0
    }

    /// `True` or `False`.
    #[inline]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    /// Whether this is `True` or `False`.
    #[inline]
    pub fn is_bool(self) -> bool {
        self == Value::TRUE || self == Value::FALSE
    }

    /// Whether this is `None`.
    #[inline]
    pub fn is_none(self) -> bool {
        self == Value::NONE
    }

    /// Whether this is the unbound marker.
    #[inline]
    pub fn is_unbound(self) -> bool {
        self.0 == 0
    }

    /// Whether this is one of the constant immediates (None, bools, NotImplemented, Ellipsis).
    #[inline]
    pub fn is_const(self) -> bool {
        self.0 & TAG_MASK == TAG_CONST
    }
}

impl Default for Value {
    /// The unbound marker.
    fn default() -> Value {
        Value::UNBOUND
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(i) = self.as_small_int() {
            write!(f, "int({i})")
        } else if let Some(x) = self.as_imm_float() {
            write!(f, "float({x})")
        } else if self.is_unbound() {
            write!(f, "<unbound>")
        } else if self.is_const() {
            let name = match *self {
                Value::NONE => "None",
                Value::TRUE => "True",
                Value::FALSE => "False",
                Value::NOT_IMPLEMENTED => "NotImplemented",
                Value::ELLIPSIS => "Ellipsis",
                _ => "<bad const>",
            };
            f.write_str(name)
        } else {
            write!(f, "obj({:#x})", self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_round_trip_at_the_edges() {
        for i in [0, 1, -1, SMALL_INT_MIN, SMALL_INT_MAX, 12345, -98765] {
            assert_eq!(Value::try_int(i).unwrap().as_small_int(), Some(i));
        }
        assert!(Value::try_int(SMALL_INT_MAX + 1).is_none());
        assert!(Value::try_int(SMALL_INT_MIN - 1).is_none());
        assert!(!Value::TRUE.is_small_int());
    }

    #[test]
    #[cfg_attr(feature = "boxed-floats", ignore)]
    fn floats_in_the_window_are_immediate_and_exact() {
        for f in [
            0.0, -0.0, 1.0, -1.5, 0.1, 1e22, 3.0e38, 1.2e-38, 6.02e23, -2.5e-10,
        ] {
            let v = Value::try_float(f).unwrap_or_else(|| panic!("{f} not immediate"));
            assert_eq!(v.as_imm_float().unwrap().to_bits(), f.to_bits());
            assert!(!v.is_obj() && !v.is_small_int());
        }
        for f in [1e300, -1e-300, f64::INFINITY, f64::NAN, 5e-324, 3.5e38] {
            assert!(Value::try_float(f).is_none(), "{f} should be boxed");
        }
    }

    #[test]
    fn constants_are_distinct_and_not_pointers() {
        let all = [
            Value::NONE,
            Value::TRUE,
            Value::FALSE,
            Value::NOT_IMPLEMENTED,
            Value::ELLIPSIS,
        ];
        for (i, a) in all.iter().enumerate() {
            assert!(a.is_const() && !a.is_obj() && a.as_imm_float().is_none());
            for b in &all[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert!(!Value::UNBOUND.is_obj());
    }
}
