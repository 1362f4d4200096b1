//! Built-in iterators (over sequences, ranges, dicts, sets, and the iterator builtins
//! `enumerate`, `zip`, `map`, `filter`, `reversed`, `iter(callable, sentinel)`).

use super::{trace_value, trace_values, Kind, Payload};
use crate::value::Value;
use pyrite_gc::Tracer;
use std::cell::RefCell;

/// Which part of a dict an iterator or view yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictPart {
    /// Keys.
    Keys,
    /// Values.
    Values,
    /// `(key, value)` tuples.
    Items,
}

/// State of a built-in iterator.
#[derive(Clone, Debug)]
pub enum IterState {
    /// Over a list, tuple or str by index.
    Seq { seq: Value, index: usize },
    /// Over a list backwards (`reversed`).
    ReversedSeq { seq: Value, next: isize },
    /// Over a range.
    Range { next: i128, stop: i128, step: i128 },
    /// Over a dict's entries; `len` detects size changes during iteration.
    Dict {
        dict: Value,
        pos: usize,
        part: DictPart,
        len: usize,
        /// Entries produced so far.
        seen: usize,
    },
    /// Over a dict's entries backwards (`reversed(d)`); `end` is one past the next
    /// position to look at, `len` detects size changes.
    DictReversed {
        dict: Value,
        end: usize,
        part: DictPart,
        len: usize,
    },
    /// Over a set's slots.
    Set { set: Value, pos: usize, len: usize },
    /// `enumerate(it, start)`.
    Enumerate { it: Value, count: Value },
    /// `zip(*its, strict=...)`.
    Zip { its: Vec<Value>, strict: bool },
    /// `map(f, *its)`.
    Map { func: Value, its: Vec<Value> },
    /// `filter(f, it)`.
    Filter { func: Value, it: Value },
    /// `iter(f, sentinel)`.
    Callable { func: Value, sentinel: Value },
    /// Old-style iteration through `__getitem__` with 0, 1, 2... (`step` 1), or with
    /// len-1, ..., 0 for `reversed` (`step` -1).
    GetItem { obj: Value, index: i64, step: i64 },
    /// Finished.
    Done,
}

/// Payload of built-in iterator objects.
pub struct IterData {
    /// The state; replaced by `Done` at exhaustion.
    pub state: RefCell<IterState>,
}

impl Payload for IterData {
    const KIND: Kind = Kind::Iter;
    fn trace(&self, tracer: &mut dyn Tracer) {
        match &*self.state.borrow() {
            IterState::Seq { seq, .. } | IterState::ReversedSeq { seq, .. } => {
                trace_value(*seq, tracer)
            }
            IterState::Range { .. } | IterState::Done => {}
            IterState::Dict { dict, .. } | IterState::DictReversed { dict, .. } => {
                trace_value(*dict, tracer)
            }
            IterState::Set { set, .. } => trace_value(*set, tracer),
            IterState::Enumerate { it, count } => {
                trace_value(*it, tracer);
                trace_value(*count, tracer);
            }
            IterState::Zip { its, .. } => trace_values(its, tracer),
            IterState::Map { func, its } => {
                trace_value(*func, tracer);
                trace_values(its, tracer);
            }
            IterState::Filter { func, it } => {
                trace_value(*func, tracer);
                trace_value(*it, tracer);
            }
            IterState::Callable { func, sentinel } => {
                trace_value(*func, tracer);
                trace_value(*sentinel, tracer);
            }
            IterState::GetItem { obj, .. } => trace_value(*obj, tracer),
        }
    }
}
