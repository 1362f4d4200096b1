//! `list`: a growable sequence.

use super::{trace_values, Kind, Payload};
use crate::value::Value;
use pyrite_gc::Tracer;
use std::cell::RefCell;

/// Payload of `list` objects.
pub struct ListData {
    /// The elements. Never borrowed across a call into Python code.
    pub items: RefCell<Vec<Value>>,
}

impl Payload for ListData {
    const KIND: Kind = Kind::List;
    fn trace(&self, tracer: &mut dyn Tracer) {
        trace_values(&self.items.borrow(), tracer);
    }
    fn external_size(&self) -> usize {
        self.items.borrow().capacity() * 8
    }
}

impl ListData {
    /// A list payload.
    pub fn new(items: Vec<Value>) -> ListData {
        ListData {
            items: RefCell::new(items),
        }
    }

    /// Number of elements.
    #[inline]
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Element `i`, if in range.
    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).copied()
    }

    /// A copy of the elements.
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }

    /// Appends an element, reporting buffer growth to the collector.
    #[inline]
    pub fn push(&self, v: Value) {
        let mut items = self.items.borrow_mut();
        if items.len() == items.capacity() {
            pyrite_gc::note_external_alloc(items.capacity().max(4) * 8);
        }
        items.push(v);
    }
}
