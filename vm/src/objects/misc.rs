//! Small payloads: range, slice, property, staticmethod/classmethod wrappers, super, and
//! dict views.

use super::iter::DictPart;
use super::{trace_value, Kind, Payload};
use crate::value::Value;
use pyrite_gc::Tracer;
use std::cell::Cell;

/// Payload of `range` objects (bounds up to 127 bits; beyond that pyrite says it does not
/// support them).
pub struct RangeData {
    /// First value.
    pub start: i128,
    /// Bound (exclusive).
    pub stop: i128,
    /// Step (never 0).
    pub step: i128,
}

impl RangeData {
    /// Number of values.
    pub fn len(&self) -> i128 {
        let (lo, hi, step) = if self.step > 0 {
            (self.start, self.stop, self.step)
        } else {
            (self.stop, self.start, -self.step)
        };
        if lo >= hi {
            0
        } else {
            (hi - lo - 1) / step + 1
        }
    }

    /// Whether the range is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Value number `i` (0 <= i < len).
    pub fn item(&self, i: i128) -> i128 {
        self.start + i * self.step
    }
}

impl Payload for RangeData {
    const KIND: Kind = Kind::Range;
    fn trace(&self, _tracer: &mut dyn Tracer) {}
}

/// Payload of `slice` objects.
pub struct SliceData {
    /// `start` (None when omitted).
    pub start: Value,
    /// `stop`.
    pub stop: Value,
    /// `step`.
    pub step: Value,
}

impl Payload for SliceData {
    const KIND: Kind = Kind::Slice;
    fn trace(&self, tracer: &mut dyn Tracer) {
        trace_value(self.start, tracer);
        trace_value(self.stop, tracer);
        trace_value(self.step, tracer);
    }
}

/// Payload of `property` objects.
pub struct PropertyData {
    /// Getter (None if absent).
    pub fget: Cell<Value>,
    /// Setter.
    pub fset: Cell<Value>,
    /// Deleter.
    pub fdel: Cell<Value>,
    /// `__doc__`.
    pub doc: Cell<Value>,
}

impl Payload for PropertyData {
    const KIND: Kind = Kind::Property;
    fn trace(&self, tracer: &mut dyn Tracer) {
        trace_value(self.fget.get(), tracer);
        trace_value(self.fset.get(), tracer);
        trace_value(self.fdel.get(), tracer);
        trace_value(self.doc.get(), tracer);
    }
}

/// Payload of `staticmethod` and `classmethod` objects (the class tells them apart).
pub struct WrapperData {
    /// The wrapped callable.
    pub func: Value,
}

impl Payload for WrapperData {
    const KIND: Kind = Kind::Wrapper;
    fn trace(&self, tracer: &mut dyn Tracer) {
        trace_value(self.func, tracer);
    }
}

/// Payload of `super` objects.
pub struct SuperData {
    /// The class whose MRO successors are searched.
    pub this_class: Value,
    /// The bound object (instance or class), or unbound.
    pub obj: Value,
    /// Type of the bound object (or the object itself if it is a class).
    pub obj_type: Value,
}

impl Payload for SuperData {
    const KIND: Kind = Kind::Super;
    fn trace(&self, tracer: &mut dyn Tracer) {
        trace_value(self.this_class, tracer);
        trace_value(self.obj, tracer);
        trace_value(self.obj_type, tracer);
    }
}

/// Payload of `dict_keys`, `dict_values` and `dict_items` views.
pub struct DictViewData {
    /// The dict.
    pub dict: Value,
    /// Which part.
    pub part: DictPart,
}

impl Payload for DictViewData {
    const KIND: Kind = Kind::DictView;
    fn trace(&self, tracer: &mut dyn Tracer) {
        trace_value(self.dict, tracer);
    }
}
