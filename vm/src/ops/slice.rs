//! Slices: converting a slice object's bounds to integers and resolving them against a
//! sequence length, with CPython's clamping rules.
//!
//! Resolution happens in two steps, as in CPython (`PySlice_Unpack` then
//! `PySlice_AdjustIndices`): [`Vm::unpack_slice`] runs any `__index__` methods and yields
//! a [`RawSlice`]; [`RawSlice::adjust`] then clamps it against a length without running
//! Python code. Mutable sequences must read their length *after* unpacking, because an
//! `__index__` method may change the sequence.
//!
//! Bounds are kept as `i128` so that slicing a `range` with big bounds stays exact; a bound
//! beyond ±2^120 is clamped, which cannot change the result for any length pyrite can
//! represent.

use super::int::as_int;
use crate::error::PyResult;
use crate::objects::{Gc, SliceData};
use crate::value::Value;
use crate::vm::Vm;
use num_traits::ToPrimitive;

/// Largest bound magnitude kept exactly.
const BOUND_LIMIT: i128 = 1 << 120;

/// A slice's bounds as integers, before they are resolved against a length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RawSlice {
    /// `start`, or `None` when omitted.
    pub start: Option<i128>,
    /// `stop`, or `None` when omitted.
    pub stop: Option<i128>,
    /// `step` (never zero).
    pub step: i128,
}

/// A slice resolved against a length, in `i128` (for ranges).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WideSliceIdx {
    /// First index.
    pub start: i128,
    /// Stop index (exclusive, may be -1 for negative steps).
    pub stop: i128,
    /// Step (non-zero).
    pub step: i128,
    /// Number of elements selected.
    pub len: i128,
}

/// A slice resolved against the length of an in-memory sequence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliceIdx {
    /// First index.
    pub start: i64,
    /// Stop index (exclusive, may be -1 for negative steps).
    pub stop: i64,
    /// Step (non-zero).
    pub step: i64,
    /// Number of elements selected.
    pub len: usize,
}

impl SliceIdx {
    /// The selected indices.
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

impl RawSlice {
    /// Clamps the bounds against a sequence of `len` elements.
    pub fn adjust_wide(&self, len: i128) -> WideSliceIdx {
        let step = self.step;
        let (lo, hi) = if step > 0 { (0, len) } else { (-1, len - 1) };
        let adjust = |v: Option<i128>, default: i128| match v {
            None => default,
            Some(x) => (if x < 0 { x + len } else { x }).clamp(lo, hi),
        };
        let start = adjust(self.start, if step > 0 { 0 } else { len - 1 });
        let stop = adjust(self.stop, if step > 0 { len } else { -1 });
        let n = if step > 0 && stop > start {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        WideSliceIdx {
            start,
            stop,
            step,
            len: n,
        }
    }

    /// Clamps the bounds against an in-memory sequence of `len` elements.
    pub fn adjust(&self, len: usize) -> SliceIdx {
        let w = self.adjust_wide(len as i128);
        // An in-memory length fits in i64, so do the clamped start/stop; a step beyond
        // i64 selects at most one element, and any i64 step of that sign does the same.
        let step = w.step.clamp(i64::MIN as i128 + 1, i64::MAX as i128) as i64;
        SliceIdx {
            start: w.start as i64,
            stop: w.stop as i64,
            step,
            len: w.len as usize,
        }
    }
}

impl Vm {
    /// A slice object.
    pub fn new_slice(&mut self, start: Value, stop: Value, step: Value) -> Value {
        self.alloc(self.types.slice, SliceData { start, stop, step })
            .value()
    }

    fn slice_bound(&mut self, v: Value) -> PyResult<Option<i128>> {
        if v.is_none() || v.is_unbound() {
            return Ok(None);
        }
        let i = match as_int(v) {
            Some(i) => i,
            None => {
                let cls = self.class_of(v);
                if self.lookup_type(cls, self.names.index).is_none() {
                    return Err(self.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    ));
                }
                self.to_index(v)?
            }
        };
        let x = i.to_big().to_i128().unwrap_or(if i.is_negative() {
            -BOUND_LIMIT
        } else {
            BOUND_LIMIT
        });
        Ok(Some(x.clamp(-BOUND_LIMIT, BOUND_LIMIT)))
    }

    /// Converts a slice's bounds to integers (CPython's `PySlice_Unpack`): runs
    /// `__index__` methods, so read a mutable sequence's length only afterwards.
    pub fn unpack_slice(&mut self, s: Gc<SliceData>) -> PyResult<RawSlice> {
        let step = self.slice_bound(s.step)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let start = self.slice_bound(s.start)?;
        let stop = self.slice_bound(s.stop)?;
        Ok(RawSlice { start, stop, step })
    }

    /// Resolves a slice against the length of an immutable sequence.
    pub fn slice_indices(&mut self, s: Gc<SliceData>, len: usize) -> PyResult<SliceIdx> {
        Ok(self.unpack_slice(s)?.adjust(len))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(start: Option<i128>, stop: Option<i128>, step: i128) -> RawSlice {
        RawSlice { start, stop, step }
    }

    #[test]
    fn clamps_like_cpython() {
        let all = raw(None, None, 1).adjust(5);
        assert_eq!((all.start, all.stop, all.len), (0, 5, 5));
        let rev = raw(None, None, -1).adjust(5);
        assert_eq!((rev.start, rev.stop, rev.len), (4, -1, 5));
        let neg = raw(Some(-2), Some(100), 1).adjust(5);
        assert_eq!((neg.start, neg.stop, neg.len), (3, 5, 2));
        let empty = raw(Some(4), Some(1), 1).adjust(5);
        assert_eq!(empty.len, 0);
        let stride = raw(Some(1), None, 3).adjust(10);
        assert_eq!(stride.indices().collect::<Vec<_>>(), vec![1, 4, 7]);
    }

    #[test]
    fn huge_steps_and_lengths_stay_exact() {
        let big = raw(None, None, 1 << 40).adjust_wide(10i128.pow(20));
        assert_eq!(big.len, 90_949_471);
        let one = raw(None, None, -(1 << 100)).adjust(7);
        assert_eq!((one.start, one.len), (6, 1));
        assert_eq!(one.indices().collect::<Vec<_>>(), vec![6]);
    }
}
