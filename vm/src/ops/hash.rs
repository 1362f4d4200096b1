//! `hash()`, with CPython's algorithms for numbers and tuples so that equal numbers of
//! different types hash alike (`hash(1) == hash(1.0) == hash(True)`) and sets of ints
//! iterate in CPython's order.

use super::float::as_float;
use super::int::{as_int, IntRef};
use crate::error::PyResult;
use crate::objects::typeobj::tflags;
use crate::objects::{Gc, Kind, StrData, TupleData};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// The modulus of CPython's numeric hash (2**61 - 1).
const MODULUS: u64 = (1 << 61) - 1;
const INF_HASH: i64 = 314_159;

/// CPython's hash of an int.
pub fn int_hash(i: &IntRef) -> i64 {
    let h = match i {
        IntRef::Small(x) => {
            let m = (x.unsigned_abs() % MODULUS) as i64;
            if *x < 0 {
                -m
            } else {
                m
            }
        }
        IntRef::Big(b) => {
            let m = (b.abs() % BigInt::from(MODULUS)).to_i64().expect("reduced");
            if b.is_negative() {
                -m
            } else {
                m
            }
        }
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's hash of a float (integral floats hash like the equal int).
pub fn float_hash(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { INF_HASH } else { -INF_HASH };
    }
    let (mut m, mut e) = frexp(f.abs());
    let sign: i64 = if f < 0.0 { -1 } else { 1 };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = x as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Splits a positive finite float into mantissa in [0.5, 1) and exponent.
fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 {
        return (0.0, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// CPython's hash of an object address (`_Py_HashPointer`).
pub fn pointer_hash(addr: u64) -> i64 {
    let h = addr.rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's tuple hash (xxHash-based, 3.8+), from the item hashes.
pub fn tuple_hash(hashes: &[i64]) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc = P5;
    for &h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(hashes.len() as u64 ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        1_546_275_796
    } else {
        acc as i64
    }
}

impl Vm {
    /// `hash(v)`.
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        if let Some(i) = v.as_small_int() {
            return Ok(int_hash(&IntRef::Small(i)));
        }
        if let Some(s) = Gc::<StrData>::from_value(v) {
            return Ok(s.hash());
        }
        let cls = self.class_of(v);
        if cls.has(tflags::HEAPTYPE) {
            return self.user_hash(v, cls);
        }
        if let Some(i) = as_int(v) {
            return Ok(int_hash(&i));
        }
        if let Some(f) = as_float(v) {
            return Ok(float_hash(f));
        }
        if let Some(t) = Gc::<TupleData>::from_value(v) {
            self.check_native_stack()?;
            let mut hs = Vec::with_capacity(t.items.len());
            for &x in t.items.iter() {
                hs.push(self.hash(x)?);
            }
            return Ok(tuple_hash(&hs));
        }
        match crate::objects::kind_of(v) {
            Some(Kind::List) | Some(Kind::Dict) | Some(Kind::Slice) | Some(Kind::DictView) => {
                return Err(self.unhashable(v));
            }
            Some(Kind::Set) => {
                if cls == self.types.set {
                    return Err(self.unhashable(v));
                }
                return self.frozenset_hash(v);
            }
            Some(Kind::Range) => {
                let r = Gc::<crate::objects::RangeData>::from_value(v).expect("range");
                let h = |x: i128| int_hash(&IntRef::Big(&BigInt::from(x)));
                let parts = [h(r.len()), h(r.start), h(r.step)];
                return Ok(tuple_hash(&parts));
            }
            _ => {}
        }
        Ok(pointer_hash(v.raw()))
    }

    fn user_hash(&mut self, v: Value, cls: Gc<crate::objects::TypeData>) -> PyResult<i64> {
        match self.lookup_type(cls, self.names.hash) {
            Some(f) if f.is_none() => Err(self.unhashable(v)),
            Some(f) if !self.is_native_slot(f, "__hash__") => {
                let r = self.call_special(f, v, &[])?;
                match as_int(r) {
                    // A result that fits a machine word is the hash (-1 is reserved, as
                    // in CPython, and becomes -2); larger ints are hashed.
                    Some(i) => Ok(match i.to_i64() {
                        Some(-1) => -2,
                        Some(x) => x,
                        None => int_hash(&i),
                    }),
                    None => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            _ => {
                if let Some(b) = Gc::<crate::objects::InstanceData>::from_value(v) {
                    let base = b.base.get();
                    if !base.is_unbound() {
                        return self.hash(base);
                    }
                }
                Ok(pointer_hash(v.raw()))
            }
        }
    }

    /// TypeError for an unhashable value.
    pub fn unhashable(&mut self, v: Value) -> crate::error::PyErr {
        let n = self.type_name_of(v);
        self.type_error(format!("unhashable type: '{n}'"))
    }

    /// CPython's frozenset hash.
    fn frozenset_hash(&mut self, v: Value) -> PyResult<i64> {
        let s = Gc::<crate::objects::SetData>::from_value(v).expect("set");
        if s.hash.get() != -1 {
            return Ok(s.hash.get());
        }
        let entries: Vec<i64> = s.table.borrow().iter().map(|(h, _)| h).collect();
        let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
        // CPython xors every slot, then cancels the empty and dummy slots: the net is the
        // active entries only.
        let mut hash: u64 = 0;
        for h in &entries {
            hash ^= shuffle(*h as u64);
        }
        hash ^= (entries.len() as u64 + 1).wrapping_mul(1_927_868_237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
        let mut h = hash as i64;
        if h == -1 {
            h = 590_923_713;
        }
        s.hash.set(h);
        Ok(h)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_hashes_match_cpython() {
        assert_eq!(int_hash(&IntRef::Small(-1)), -2);
        assert_eq!(int_hash(&IntRef::Small(42)), 42);
        assert_eq!(int_hash(&IntRef::Small((1 << 61) - 1)), 0);
        assert_eq!(float_hash(1.0), 1);
        assert_eq!(float_hash(-1.0), -2);
        assert_eq!(float_hash(0.5), 1_152_921_504_606_846_976);
        assert_eq!(float_hash(1.5), 1_152_921_504_606_846_977);
    }

    #[test]
    fn tuple_hash_matches_cpython() {
        // CPython 3.11: hash((1, 2)) == -3550055125485641917, hash(()) == 5740354900026072187
        assert_eq!(tuple_hash(&[1, 2]), -3_550_055_125_485_641_917);
        assert_eq!(tuple_hash(&[]), 5_740_354_900_026_072_187);
    }
}
