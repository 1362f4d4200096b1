//! `dict`: an insertion-ordered hash table (the "compact dict" layout).
//!
//! Entries are appended to a vector in insertion order; a separate index table maps hash
//! slots to entry positions, probed with CPython's perturbation scheme. Deleting leaves a
//! hole (an unbound key) in the entries and a dummy in the index table; holes are squeezed out
//! when the table is rebuilt. Tables of at most [`SMALL`] entries have no index table at all
//! and are searched linearly (instance dictionaries are usually this small).
//!
//! Key equality may run Python code (`__eq__`), which may mutate this very dict, so the table
//! never calls out itself: [`DictTable::find`] takes a closure that decides equality natively
//! when it can, and reports the undecided candidates; the VM compares those with the table
//! unborrowed and restarts the lookup if the table's version changed meanwhile.

use super::{trace_value, Kind, Payload};
use crate::value::Value;
use pyrite_gc::Tracer;
use std::cell::RefCell;

thread_local! {
    static VERSIONS: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// A version number never used before (on this thread): every structural change of any
/// dict gets a fresh one, so a cached (version, position) pair identifies one dict state.
fn next_version() -> u64 {
    VERSIONS.with(|v| {
        let n = v.get() + 1;
        v.set(n);
        n
    })
}

/// Largest table searched linearly, without an index table.
pub const SMALL: usize = 8;
const EMPTY: i32 = -1;
const DUMMY: i32 = -2;

/// One key/value pair with the key's hash. A deleted entry has an unbound key.
#[derive(Clone, Copy, Debug)]
pub struct DictEntry {
    /// Hash of the key.
    pub hash: i64,
    /// The key (unbound for a deleted entry).
    pub key: Value,
    /// The value.
    pub value: Value,
}

/// Outcome of a lookup.
#[derive(Debug, PartialEq, Eq)]
pub enum Find {
    /// The key is at this entry position.
    Found(usize),
    /// The key is absent.
    Absent,
    /// These entries (in probe order) have the same hash and need a Python `__eq__`.
    Undecided(Vec<usize>),
}

/// The table behind a dict.
#[derive(Default, Clone)]
pub struct DictTable {
    entries: Vec<DictEntry>,
    indices: Vec<i32>,
    used: usize,
    version: u64,
}

impl DictTable {
    /// An empty table.
    pub fn new() -> DictTable {
        DictTable::default()
    }

    /// Number of live entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Changes whenever keys are added or removed; unique across all dicts (0 for a table
    /// never changed, which has no entries).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// The live entry at position `i`, if there is one.
    #[inline]
    pub fn entry_at(&self, i: usize) -> Option<&DictEntry> {
        self.entries.get(i).filter(|e| !e.key.is_unbound())
    }

    /// Finds `hash`'s entry. `eq(candidate_key)` returns `Some(equal)` when it can decide
    /// natively, `None` when Python code must decide.
    pub fn find(&self, hash: i64, mut eq: impl FnMut(Value) -> Option<bool>) -> Find {
        let mut undecided: Vec<usize> = Vec::new();
        let mut check = |i: usize, undecided: &mut Vec<usize>| -> Option<Find> {
            let e = &self.entries[i];
            if e.hash != hash || e.key.is_unbound() {
                return None;
            }
            if !undecided.is_empty() {
                undecided.push(i);
                return None;
            }
            match eq(e.key) {
                Some(true) => Some(Find::Found(i)),
                Some(false) => None,
                None => {
                    undecided.push(i);
                    None
                }
            }
        };
        if self.indices.is_empty() {
            for i in 0..self.entries.len() {
                if let Some(f) = check(i, &mut undecided) {
                    return f;
                }
            }
        } else {
            let mask = self.indices.len() - 1;
            let mut slot = (hash as u64 as usize) & mask;
            let mut perturb = hash as u64;
            loop {
                let ix = self.indices[slot];
                if ix == EMPTY {
                    break;
                }
                if ix >= 0 {
                    if let Some(f) = check(ix as usize, &mut undecided) {
                        return f;
                    }
                }
                perturb >>= 5;
                slot = (slot * 5 + perturb as usize + 1) & mask;
            }
        }
        if undecided.is_empty() {
            Find::Absent
        } else {
            Find::Undecided(undecided)
        }
    }

    /// The entry at a position found by [`DictTable::find`].
    #[inline]
    pub fn entry(&self, i: usize) -> &DictEntry {
        &self.entries[i]
    }

    /// Replaces the value of an existing entry.
    #[inline]
    pub fn set_value(&mut self, i: usize, v: Value) {
        self.entries[i].value = v;
    }

    /// Adds a key known to be absent; returns its entry position.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) -> usize {
        self.version = next_version();
        if !self.indices.is_empty() && (self.entries.len() + 1) * 3 > self.indices.len() * 2 {
            self.rebuild(self.used + 1);
        }
        let idx = self.entries.len();
        if self.entries.len() == self.entries.capacity() {
            pyrite_gc::note_external_alloc(self.entries.capacity().max(4) * 24);
        }
        self.entries.push(DictEntry { hash, key, value });
        self.used += 1;
        if self.indices.is_empty() {
            if self.entries.len() > SMALL {
                self.rebuild(self.used);
            }
        } else {
            self.place_index(hash, idx);
        }
        self.entries.len() - 1
    }

    fn place_index(&mut self, hash: i64, idx: usize) {
        let mask = self.indices.len() - 1;
        let mut slot = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        while self.indices[slot] >= 0 {
            perturb >>= 5;
            slot = (slot * 5 + perturb as usize + 1) & mask;
        }
        self.indices[slot] = idx as i32;
    }

    /// Squeezes out deleted entries and rebuilds the index table for `need` entries.
    fn rebuild(&mut self, need: usize) {
        if self.used != self.entries.len() {
            self.entries.retain(|e| !e.key.is_unbound());
        }
        if need <= SMALL {
            self.indices.clear();
            return;
        }
        let size = (need * 3).next_power_of_two().max(16);
        self.indices.clear();
        self.indices.resize(size, EMPTY);
        for i in 0..self.entries.len() {
            self.place_index(self.entries[i].hash, i);
        }
    }

    /// Deletes the entry at position `i`; returns it.
    pub fn remove_at(&mut self, i: usize) -> DictEntry {
        self.version = next_version();
        let e = self.entries[i];
        if !self.indices.is_empty() {
            let mask = self.indices.len() - 1;
            let mut slot = (e.hash as u64 as usize) & mask;
            let mut perturb = e.hash as u64;
            while self.indices[slot] != i as i32 {
                perturb >>= 5;
                slot = (slot * 5 + perturb as usize + 1) & mask;
            }
            self.indices[slot] = DUMMY;
        }
        self.entries[i].key = Value::UNBOUND;
        self.entries[i].value = Value::UNBOUND;
        self.used -= 1;
        // The dummy stays (iterators keep their positions; CPython detects keys deleted and
        // re-added during iteration the same way); growth squeezes dummies out.
        e
    }

    /// Removes the last entry (`popitem`), dropping trailing dummies so that repeated
    /// calls stay O(1).
    pub fn pop_last(&mut self) -> Option<DictEntry> {
        while self.entries.last().is_some_and(|e| e.key.is_unbound()) {
            self.entries.pop();
        }
        let i = self.entries.len().checked_sub(1)?;
        let e = self.remove_at(i);
        self.entries.pop();
        Some(e)
    }

    /// Removes everything.
    pub fn clear(&mut self) {
        self.version = next_version();
        self.entries = Vec::new();
        self.indices = Vec::new();
        self.used = 0;
    }

    /// The first live entry at or after position `pos`, with its position (for iterators).
    pub fn next_entry(&self, mut pos: usize) -> Option<(usize, DictEntry)> {
        while pos < self.entries.len() {
            let e = self.entries[pos];
            if !e.key.is_unbound() {
                return Some((pos, e));
            }
            pos += 1;
        }
        None
    }

    /// The last live entry at or before position `pos` (for reversed iterators).
    pub fn prev_entry(&self, pos: usize) -> Option<(usize, DictEntry)> {
        let end = (pos + 1).min(self.entries.len());
        (0..end)
            .rev()
            .map(|p| (p, self.entries[p]))
            .find(|(_, e)| !e.key.is_unbound())
    }

    /// Position one past the last entry ever stored (where reversed iteration starts).
    pub fn entries_end(&self) -> usize {
        self.entries.len()
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &DictEntry> + '_ {
        self.entries.iter().filter(|e| !e.key.is_unbound())
    }
}

/// Payload of `dict` objects.
pub struct DictData {
    /// The table. Never borrowed across a call into Python code.
    pub table: RefCell<DictTable>,
}

impl DictData {
    /// An empty dict payload.
    pub fn new() -> DictData {
        DictData {
            table: RefCell::new(DictTable::new()),
        }
    }

    /// Number of items.
    #[inline]
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    /// Whether the dict is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Default for DictData {
    fn default() -> Self {
        DictData::new()
    }
}

impl Payload for DictData {
    const KIND: Kind = Kind::Dict;
    fn trace(&self, tracer: &mut dyn Tracer) {
        for e in self.table.borrow().iter() {
            trace_value(e.key, tracer);
            trace_value(e.value, tracer);
        }
    }
    fn external_size(&self) -> usize {
        let t = self.table.borrow();
        t.entries.capacity() * 24 + t.indices.capacity() * 4
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(i: i64) -> Value {
        Value::small(i)
    }

    fn find(t: &DictTable, k: i64) -> Find {
        t.find(k, |c| Some(c == int(k)))
    }

    #[test]
    fn insertion_order_survives_growth_and_deletion() {
        let mut t = DictTable::new();
        for i in 0..100 {
            t.insert_new(i, int(i), int(i * 10));
        }
        for i in (0..100).step_by(3) {
            let Find::Found(p) = find(&t, i) else {
                panic!("missing {i}")
            };
            t.remove_at(p);
        }
        t.insert_new(7, int(1000), int(0));
        let keys: Vec<i64> = t.iter().map(|e| e.key.as_small_int().unwrap()).collect();
        let mut expected: Vec<i64> = (0..100).filter(|i| i % 3 != 0).collect();
        expected.push(1000);
        assert_eq!(keys, expected);
        assert_eq!(t.len(), expected.len());
        assert_eq!(find(&t, 3), Find::Absent);
        assert!(matches!(find(&t, 4), Find::Found(_)));
    }

    #[test]
    fn colliding_hashes_are_all_reported_when_undecided() {
        let mut t = DictTable::new();
        t.insert_new(5, int(1), int(0));
        t.insert_new(5, int(2), int(0));
        assert_eq!(t.find(5, |_| None), Find::Undecided(vec![0, 1]));
        assert_eq!(t.find(5, |k| Some(k == int(2))), Find::Found(1));
    }
}
