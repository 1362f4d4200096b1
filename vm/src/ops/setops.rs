//! Set operations that may run Python code, on the CPython-ordered table of
//! `objects/set.rs`. The algebra (`|`, `&`, `-`, `^`) builds results in the same order as
//! CPython (copying the left operand's table when it can), so printed sets match.

use crate::compiler::bytecode::BinOp;
use crate::error::PyResult;
use crate::objects::set::{Find, SetTable};
use crate::objects::{Gc, Kind, SetData};
use crate::ops::compare::CmpOp;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Whether `v` is a set or frozenset (or subclass instance).
    pub fn is_any_set(&self, v: Value) -> bool {
        super::unwrap_kind(v, Kind::Set).is_some()
    }

    fn set_of(&self, v: Value) -> Gc<SetData> {
        Gc::<SetData>::from_value(super::unwrap_kind(v, Kind::Set).expect("a set"))
            .expect("set payload")
    }

    /// Slot of `key` in the set, if present.
    fn set_find(&mut self, s: Gc<SetData>, key: Value, h: i64) -> PyResult<Option<usize>> {
        'restart: loop {
            let (found, version) = {
                let t = s.table.borrow();
                (t.find(h, |k| self.native_eq(k, key)), t.version())
            };
            match found {
                Find::Found(i) => return Ok(Some(i)),
                Find::Absent => return Ok(None),
                Find::Undecided(cands) => {
                    for i in cands {
                        let k = s.table.borrow().slot(i).key;
                        if k.is_unbound() {
                            continue 'restart;
                        }
                        let eq = self.with_roots(&[k, key], |vm| vm.eq(k, key))?;
                        if s.table.borrow().version() != version {
                            continue 'restart;
                        }
                        if eq {
                            return Ok(Some(i));
                        }
                    }
                    return Ok(None);
                }
            }
        }
    }

    /// Adds to a set object's table (no type check).
    pub fn set_add_raw(&mut self, s: Gc<SetData>, key: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        if self.set_find(s, key, h)?.is_none() {
            s.table.borrow_mut().insert_new(h, key);
        }
        Ok(())
    }

    /// `s.add(key)` (SET_ADD).
    pub fn set_add(&mut self, s: Value, key: Value) -> PyResult<()> {
        let s = self.set_of(s);
        self.set_add_raw(s, key)
    }

    /// `key in s`.
    pub fn set_contains(&mut self, s: Gc<SetData>, key: Value) -> PyResult<bool> {
        let h = match self.hash(key) {
            Ok(h) => h,
            Err(e) => {
                // `frozenset`-able sets are looked up by their frozen form.
                if self.is_any_set(key) {
                    let f = self.make_set(key, true)?;
                    return self.set_contains(s, f);
                }
                return Err(e);
            }
        };
        Ok(self.set_find(s, key, h)?.is_some())
    }

    /// Removes `key`; returns whether it was present.
    pub fn set_discard(&mut self, s: Gc<SetData>, key: Value) -> PyResult<bool> {
        let h = match self.hash(key) {
            Ok(h) => h,
            Err(_) if self.is_any_set(key) => {
                let f = self.make_set(key, true)?;
                return self.set_discard(s, f);
            }
            Err(e) => return Err(e),
        };
        match self.set_find(s, key, h)? {
            Some(i) => {
                s.table.borrow_mut().remove_slot(i);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// A new set (or frozenset) object from a table.
    pub fn new_set_obj(&mut self, table: SetTable, frozen: bool) -> Value {
        pyrite_gc::note_external_alloc(table.len() * 16);
        let cls = if frozen {
            self.types.frozenset
        } else {
            self.types.set
        };
        self.alloc(cls, SetData::new(table)).value()
    }

    /// A set from values (BUILD_SET).
    pub fn new_set_from(&mut self, items: &[Value]) -> PyResult<Value> {
        let s = self.new_set_obj(SetTable::new(), false);
        let g = self.set_of(s);
        self.with_roots(&[s], |vm| {
            for &v in items {
                vm.set_add_raw(g, v)?;
            }
            Ok(s)
        })
    }

    /// `set(iterable)` / `frozenset(iterable)`.
    pub fn make_set(&mut self, iterable: Value, frozen: bool) -> PyResult<Value> {
        let s = self.new_set_obj(SetTable::new(), frozen);
        self.with_roots(&[s], |vm| {
            vm.set_update(s, iterable)?;
            Ok(s)
        })
    }

    /// `s.update(iterable)` (SET_UPDATE).
    pub fn set_update(&mut self, s: Value, iterable: Value) -> PyResult<()> {
        let target = self.set_of(s);
        if self.is_any_set(iterable) {
            let other = self.set_of(iterable);
            if target.table.borrow().is_empty() {
                let src = other.table.borrow().clone();
                target.table.borrow_mut().merge_into_empty(&src);
                return Ok(());
            }
            let keys: Vec<Value> = other.table.borrow().iter().map(|(_, k)| k).collect();
            let (used, n) = (target.table.borrow().len(), keys.len());
            if (used + n) * 5 >= target.table.borrow().capacity_mask() * 3 {
                target.table.borrow_mut().resize((used + n) * 2);
            }
            for k in keys {
                self.set_add_raw(target, k)?;
            }
            return Ok(());
        }
        if let Some(d) = super::unwrap_kind(iterable, Kind::Dict) {
            let d = Gc::<crate::objects::DictData>::from_value(d).expect("dict");
            let keys: Vec<Value> = self.dict_items(d).into_iter().map(|(k, _)| k).collect();
            for k in keys {
                self.set_add_raw(target, k)?;
            }
            return Ok(());
        }
        let it = self.get_iter(iterable)?;
        self.with_roots(&[it], |vm| {
            while let Some(v) = vm.iter_next(it)? {
                vm.set_add_raw(target, v)?;
            }
            Ok(())
        })
    }

    /// A copy of a set's table (as CPython's `set_copy`).
    fn copy_table(&self, s: Gc<SetData>) -> SetTable {
        let mut t = SetTable::new();
        t.merge_into_empty(&s.table.borrow());
        t
    }

    /// `a op b` for sets; the result has `a`'s type (set or frozenset).
    pub fn set_binop(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        let frozen = self.class_of(a) == self.types.frozenset
            || (self.class_of(a) != self.types.set
                && self.class_of(super::unwrap_kind(a, Kind::Set).expect("set"))
                    == self.types.frozenset);
        let (sa, sb) = (self.set_of(a), self.set_of(b));
        let result = match op {
            BinOp::Or => {
                let t = self.copy_table(sa);
                let r = self.new_set_obj(t, frozen);
                self.set_update(r, b)?;
                r
            }
            BinOp::And => {
                let (small, big) = if sb.len() > sa.len() {
                    (sa, sb)
                } else {
                    (sb, sa)
                };
                let r = self.new_set_obj(SetTable::new(), frozen);
                let rs = self.set_of(r);
                let keys: Vec<Value> = small.table.borrow().iter().map(|(_, k)| k).collect();
                for k in keys {
                    if self.set_contains(big, k)? {
                        self.set_add_raw(rs, k)?;
                    }
                }
                r
            }
            BinOp::Sub => {
                if (sa.len() >> 2) > sb.len() {
                    let t = self.copy_table(sa);
                    let r = self.new_set_obj(t, frozen);
                    let rs = self.set_of(r);
                    let keys: Vec<Value> = sb.table.borrow().iter().map(|(_, k)| k).collect();
                    for k in keys {
                        self.set_discard(rs, k)?;
                    }
                    r
                } else {
                    let r = self.new_set_obj(SetTable::new(), frozen);
                    let rs = self.set_of(r);
                    let keys: Vec<Value> = sa.table.borrow().iter().map(|(_, k)| k).collect();
                    for k in keys {
                        if !self.set_contains(sb, k)? {
                            self.set_add_raw(rs, k)?;
                        }
                    }
                    r
                }
            }
            _ => {
                // As CPython: a copy of `b` updated with `a` (this decides iteration order).
                let t = self.copy_table(sb);
                let r = self.new_set_obj(t, frozen);
                let rs = self.set_of(r);
                let keys: Vec<Value> = sa.table.borrow().iter().map(|(_, k)| k).collect();
                for k in keys {
                    if !self.set_discard(rs, k)? {
                        self.set_add_raw(rs, k)?;
                    }
                }
                r
            }
        };
        Ok(result)
    }

    /// `a op= b` for a mutable set.
    pub fn set_inplace(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<()> {
        let sa = self.set_of(a);
        match op {
            BinOp::Or => self.set_update(a, b),
            BinOp::Sub => {
                let sb = self.set_of(b);
                let keys: Vec<Value> = sb.table.borrow().iter().map(|(_, k)| k).collect();
                for k in keys {
                    self.set_discard(sa, k)?;
                }
                Ok(())
            }
            BinOp::And => {
                let r = self.set_binop(a, b, BinOp::And)?;
                let t = self.set_of(r).table.borrow().clone();
                *sa.table.borrow_mut() = t;
                Ok(())
            }
            _ => {
                let sb = self.set_of(b);
                let keys: Vec<Value> = sb.table.borrow().iter().map(|(_, k)| k).collect();
                for k in keys {
                    if !self.set_discard(sa, k)? {
                        self.set_add_raw(sa, k)?;
                    }
                }
                Ok(())
            }
        }
    }

    /// Whether every element of `a` is in `b`.
    pub fn set_is_subset(&mut self, a: Gc<SetData>, b: Gc<SetData>) -> PyResult<bool> {
        if a.len() > b.len() {
            return Ok(false);
        }
        let keys: Vec<Value> = a.table.borrow().iter().map(|(_, k)| k).collect();
        for k in keys {
            if !self.set_contains(b, k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Set comparisons (subset/superset/equality).
    pub(crate) fn compare_sets(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<bool> {
        let (sa, sb) = (self.set_of(a), self.set_of(b));
        Ok(match op {
            CmpOp::Eq => sa.len() == sb.len() && self.set_is_subset(sa, sb)?,
            CmpOp::Ne => !(sa.len() == sb.len() && self.set_is_subset(sa, sb)?),
            CmpOp::Le => self.set_is_subset(sa, sb)?,
            CmpOp::Lt => sa.len() < sb.len() && self.set_is_subset(sa, sb)?,
            CmpOp::Ge => self.set_is_subset(sb, sa)?,
            CmpOp::Gt => sb.len() < sa.len() && self.set_is_subset(sb, sa)?,
        })
    }
}
