//! `set` and `frozenset`: an open-addressing hash table laid out like CPython's, so that
//! iteration order (which Python programs print) is the same as CPython's.
//!
//! Probing checks up to nine neighbouring slots linearly before jumping with CPython's
//! perturbation recurrence; the table grows to keep at most 60% of its slots filled; deleted
//! slots become dummies (hash -1) that lookups step over and insertions reuse. As with dicts,
//! equality that needs Python code is left to the VM ([`SetTable::find`]).

use super::{trace_value, Kind, Payload};
use crate::value::Value;
use pyrite_gc::Tracer;
use std::cell::{Cell, RefCell};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// One slot: empty (unbound key, hash 0), dummy (unbound key, hash -1) or active.
#[derive(Clone, Copy, Debug)]
pub struct SetSlot {
    /// Hash of the key.
    pub hash: i64,
    /// The key.
    pub key: Value,
}

const EMPTY_SLOT: SetSlot = SetSlot {
    hash: 0,
    key: Value::UNBOUND,
};

/// Result of a lookup: as [`super::dict::Find`], with slot indices.
pub use super::dict::Find;

/// The table behind a set.
#[derive(Clone)]
pub struct SetTable {
    slots: Vec<SetSlot>,
    used: usize,
    fill: usize,
    finger: usize,
    version: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl SetTable {
    /// An empty table of the minimum size.
    pub fn new() -> SetTable {
        SetTable {
            slots: vec![EMPTY_SLOT; MIN_SIZE],
            used: 0,
            fill: 0,
            finger: 0,
            version: 0,
        }
    }

    /// Number of elements.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Changes whenever elements are added or removed.
    pub fn version(&self) -> u64 {
        self.version
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The table's mask (size - 1), for pre-sizing before bulk insertion.
    pub fn capacity_mask(&self) -> usize {
        self.mask()
    }

    /// Visits slot indices in CPython's probe order until `visit` returns false or an empty
    /// slot is reached; returns the index of that empty slot (if reached).
    fn probe(&self, hash: i64, mut visit: impl FnMut(usize) -> bool) -> Option<usize> {
        let mask = self.mask();
        let mut i = hash as u64 as usize & mask;
        let mut perturb = hash as u64;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let s = self.slots[j];
                if s.key.is_unbound() && s.hash == 0 {
                    return Some(j);
                }
                if !visit(j) {
                    return None;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }

    /// Finds the slot holding a key with this hash; see [`super::dict::DictTable::find`].
    pub fn find(&self, hash: i64, mut eq: impl FnMut(Value) -> Option<bool>) -> Find {
        let mut found = None;
        let mut undecided = Vec::new();
        self.probe(hash, |j| {
            let s = self.slots[j];
            if s.hash != hash || s.key.is_unbound() {
                return true;
            }
            if !undecided.is_empty() {
                undecided.push(j);
                return true;
            }
            match eq(s.key) {
                Some(true) => {
                    found = Some(j);
                    false
                }
                Some(false) => true,
                None => {
                    undecided.push(j);
                    true
                }
            }
        });
        match found {
            Some(j) => Find::Found(j),
            None if undecided.is_empty() => Find::Absent,
            None => Find::Undecided(undecided),
        }
    }

    /// The slot at index `i`.
    pub fn slot(&self, i: usize) -> SetSlot {
        self.slots[i]
    }

    /// Adds a key known to be absent (CPython's `set_add_entry` after a failed search).
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        self.version += 1;
        let mut freeslot = None;
        let empty = self
            .probe(hash, |j| {
                let s = self.slots[j];
                if s.key.is_unbound() && s.hash == -1 && freeslot.is_none() {
                    freeslot = Some(j);
                }
                true
            })
            .expect("probe ends at an empty slot");
        self.used += 1;
        if let Some(f) = freeslot {
            self.slots[f] = SetSlot { hash, key };
            return;
        }
        self.fill += 1;
        self.slots[empty] = SetSlot { hash, key };
        if self.fill * 5 >= self.mask() * 3 {
            let minused = if self.used > 50_000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }

    /// Rebuilds the table with room for `minused` elements (CPython's `set_table_resize`).
    pub fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        pyrite_gc::note_external_alloc(size * 16);
        let old = std::mem::replace(&mut self.slots, vec![EMPTY_SLOT; size]);
        self.fill = self.used;
        for s in old {
            if !s.key.is_unbound() {
                self.insert_clean(s.hash, s.key);
            }
        }
    }

    /// Places a key in a table known to have no dummies and no equal key.
    fn insert_clean(&mut self, hash: i64, key: Value) {
        let empty = self.probe(hash, |_| true).expect("empty slot");
        self.slots[empty] = SetSlot { hash, key };
    }

    /// Copies `other` into this empty table (CPython's `set_merge` fast paths).
    pub fn merge_into_empty(&mut self, other: &SetTable) {
        debug_assert_eq!(self.fill, 0);
        if other.used == 0 {
            return;
        }
        self.version += 1;
        if other.used * 5 >= self.mask() * 3 {
            self.resize(other.used * 2);
        }
        if self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots.clone_from(&other.slots);
        } else {
            for s in &other.slots {
                if !s.key.is_unbound() {
                    self.insert_clean(s.hash, s.key);
                }
            }
        }
        self.fill = other.used;
        self.used = other.used;
    }

    /// Removes the key at slot `i`, leaving a dummy.
    pub fn remove_slot(&mut self, i: usize) {
        self.version += 1;
        self.slots[i] = SetSlot {
            hash: -1,
            key: Value::UNBOUND,
        };
        self.used -= 1;
    }

    /// Removes and returns an arbitrary element (CPython's `set.pop` with its finger).
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mut i = self.finger & self.mask();
        while self.slots[i].key.is_unbound() {
            i = (i + 1) & self.mask();
        }
        let key = self.slots[i].key;
        self.remove_slot(i);
        self.finger = i + 1;
        Some(key)
    }

    /// Removes everything.
    pub fn clear(&mut self) {
        *self = SetTable {
            version: self.version + 1,
            ..SetTable::new()
        };
    }

    /// The first active slot at or after `pos` (for iterators).
    pub fn next_slot(&self, mut pos: usize) -> Option<(usize, Value)> {
        while pos < self.slots.len() {
            let s = self.slots[pos];
            if !s.key.is_unbound() {
                return Some((pos, s.key));
            }
            pos += 1;
        }
        None
    }

    /// Active (hash, key) pairs in table order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, Value)> + '_ {
        self.slots
            .iter()
            .filter(|s| !s.key.is_unbound())
            .map(|s| (s.hash, s.key))
    }
}

/// Payload of `set` and `frozenset` objects (the class tells them apart).
pub struct SetData {
    /// The table. Never borrowed across a call into Python code.
    pub table: RefCell<SetTable>,
    /// Cached hash of a frozenset (-1: not computed).
    pub hash: Cell<i64>,
}

impl SetData {
    /// A set payload.
    pub fn new(table: SetTable) -> SetData {
        SetData {
            table: RefCell::new(table),
            hash: Cell::new(-1),
        }
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Payload for SetData {
    const KIND: Kind = Kind::Set;
    fn trace(&self, tracer: &mut dyn Tracer) {
        for (_, k) in self.table.borrow().iter() {
            trace_value(k, tracer);
        }
    }
    fn external_size(&self) -> usize {
        self.table.borrow().slots.capacity() * 16
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add(t: &mut SetTable, i: i64) {
        if t.find(i, |k| Some(k == Value::small(i))) == Find::Absent {
            t.insert_new(i, Value::small(i));
        }
    }

    fn order(t: &SetTable) -> Vec<i64> {
        t.iter().map(|(_, k)| k.as_small_int().unwrap()).collect()
    }

    #[test]
    fn small_ints_iterate_in_cpython_order() {
        // CPython 3.11: set([5, 3, 100, 1, 9]) iterates as {1, 3, 100, 5, 9}.
        let mut t = SetTable::new();
        for i in [5, 3, 100, 1, 9] {
            add(&mut t, i);
        }
        assert_eq!(order(&t), vec![1, 3, 100, 5, 9]);
        // CPython 3.11: set(range(20, 0, -3)) iterates as {2, 5, 8, 11, 14, 17, 20}
        // (the table grew to 32 slots after the fifth element).
        let mut t = SetTable::new();
        for i in (1..=20).rev().step_by(3) {
            add(&mut t, i);
        }
        assert_eq!(order(&t), vec![2, 5, 8, 11, 14, 17, 20]);
    }

    #[test]
    fn removal_leaves_dummies_that_are_reused() {
        let mut t = SetTable::new();
        for i in 0..4 {
            add(&mut t, i);
        }
        let Find::Found(s) = t.find(2, |k| Some(k == Value::small(2))) else {
            panic!()
        };
        t.remove_slot(s);
        assert_eq!(t.len(), 3);
        assert_eq!(t.find(2, |k| Some(k == Value::small(2))), Find::Absent);
        // CPython 3.11: s = set(range(4)); s.remove(2); s.add(10) iterates as {0, 1, 10, 3}.
        add(&mut t, 10);
        assert_eq!(order(&t), vec![0, 1, 10, 3]);
    }
}
