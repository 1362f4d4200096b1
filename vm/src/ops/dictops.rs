//! Dict operations that may run Python code (`__hash__`, `__eq__`), built on the table in
//! `objects/dict.rs`. Lookups decide equality natively when they can; otherwise they compare
//! with the table unborrowed and restart if the dict changed meanwhile.

use crate::error::PyResult;
use crate::objects::dict::{DictTable, Find};
use crate::objects::iter::DictPart;
use crate::objects::{DictData, DictViewData, Gc, Kind, StrData};
use crate::value::Value;
use crate::vm::Vm;

/// Finds the `str` key `key` (= `s`) in `t`, comparing keys natively: a key that is not
/// a `str` never equals it.
#[inline]
pub(crate) fn find_str(t: &DictTable, s: Gc<StrData>, key: Value) -> Find {
    let text = s.as_str();
    t.find(s.hash(), |k| {
        Some(k == key || Gc::<StrData>::from_value(k).is_some_and(|ks| ks.as_str() == text))
    })
}

/// Lookups restarted this often because `__eq__` keeps mutating the dict give up.
const MAX_LOOKUP_RESTARTS: u32 = 10_000;

impl Vm {
    /// Lookup by a `str` key, deciding equality natively (for namespaces, whose keys are
    /// strings).
    #[inline]
    pub fn dict_get_str(&self, d: Gc<DictData>, key: Value) -> Option<Value> {
        let s = Gc::<StrData>::from_value(key)?;
        let t = d.table.borrow();
        match find_str(&t, s, key) {
            Find::Found(i) => Some(t.entry(i).value),
            _ => None,
        }
    }

    /// `d[key] = value` for a `str` key, deciding equality natively (for attribute
    /// stores into namespaces); returns the entry position, or `None` (and does nothing)
    /// if `key` is not a `str`.
    pub fn dict_set_str(&self, d: Gc<DictData>, key: Value, value: Value) -> Option<usize> {
        let s = Gc::<StrData>::from_value(key)?;
        let mut t = d.table.borrow_mut();
        match find_str(&t, s, key) {
            Find::Found(i) => {
                t.set_value(i, value);
                Some(i)
            }
            _ => Some(t.insert_new(s.hash(), key, value)),
        }
    }

    /// The entry position of `key` (hash `h`), if present.
    fn dict_find(&mut self, d: Gc<DictData>, key: Value, h: i64) -> PyResult<Option<usize>> {
        let mut restarts = 0;
        'restart: loop {
            let (found, version) = {
                let t = d.table.borrow();
                (t.find(h, |k| self.native_eq(k, key)), t.version())
            };
            match found {
                Find::Found(i) => return Ok(Some(i)),
                Find::Absent => return Ok(None),
                Find::Undecided(cands) => {
                    for i in cands {
                        let k = {
                            let t = d.table.borrow();
                            if t.version() != version {
                                continue 'restart;
                            }
                            t.entry(i).key
                        };
                        let eq = self.with_roots(&[k, key], |vm| vm.eq(k, key))?;
                        if d.table.borrow().version() != version {
                            // Mutated by `__eq__`: as CPython, trust a match whose slot still
                            // holds the key compared; otherwise look again from the start.
                            let same = d.table.borrow().entry_at(i).is_some_and(|e| e.key == k);
                            if eq && same {
                                return Ok(Some(i));
                            }
                            restarts += 1;
                            if restarts > MAX_LOOKUP_RESTARTS {
                                return Err(
                                    self.runtime_error("dictionary keeps changing during lookup")
                                );
                            }
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

    /// `d.get(key)`.
    pub fn dict_get(&mut self, d: Gc<DictData>, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        Ok(self
            .dict_find(d, key, h)?
            .map(|i| d.table.borrow().entry(i).value))
    }

    /// `d[key] = value`.
    pub fn dict_set(&mut self, d: Gc<DictData>, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        match self.dict_find(d, key, h)? {
            Some(i) => d.table.borrow_mut().set_value(i, value),
            None => {
                d.table.borrow_mut().insert_new(h, key, value);
            }
        }
        Ok(())
    }

    /// `del d[key]`; returns whether the key was present.
    pub fn dict_del(&mut self, d: Gc<DictData>, key: Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        match self.dict_find(d, key, h)? {
            Some(i) => {
                d.table.borrow_mut().remove_at(i);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// `d.pop(key)` without default: the value, if present.
    pub fn dict_pop(&mut self, d: Gc<DictData>, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        Ok(self
            .dict_find(d, key, h)?
            .map(|i| d.table.borrow_mut().remove_at(i).value))
    }

    /// The (key, value) pairs of a dict.
    pub fn dict_items(&self, d: Gc<DictData>) -> Vec<(Value, Value)> {
        d.table.borrow().iter().map(|e| (e.key, e.value)).collect()
    }

    /// `d.update(other)` for a mapping or an iterable of pairs.
    pub fn dict_update_from(&mut self, d: Gc<DictData>, other: Value) -> PyResult<()> {
        if let Some(o) = super::unwrap_kind(other, Kind::Dict) {
            let o = Gc::<DictData>::from_value(o).expect("dict");
            let items = self.dict_items(o);
            for (k, v) in items {
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        if let Some(keys) = self.getattr_opt(other, self.names.keys)? {
            let ks = self.call(keys, &[], &[])?;
            let ks = self.collect_iterable(ks)?;
            return self.with_roots(&ks, |vm| {
                for k in ks.iter().copied() {
                    let v = vm.getitem(other, k)?;
                    vm.dict_set(d, k, v)?;
                }
                Ok(())
            });
        }
        // Pairs are stored as they come: the iterator may look at the dict.
        let it = self.get_iter(other)?;
        self.with_roots(&[it, d.value()], |vm| {
            let mut n = 0;
            while let Some(item) = vm.iter_next(it)? {
                let pair = match vm.with_roots(&[item], |vm| vm.collect_iterable(item)) {
                    Ok(p) => p,
                    Err(_) => {
                        return Err(vm.type_error(format!(
                            "cannot convert dictionary update sequence element #{n} to a sequence"
                        )))
                    }
                };
                if pair.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{n} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                vm.with_roots(&pair, |vm| vm.dict_set(d, pair[0], pair[1]))?;
                n += 1;
            }
            Ok(())
        })
    }

    /// `{**src}` inside a dict display.
    pub(crate) fn dict_update_display(&mut self, d: Value, src: Value) -> PyResult<()> {
        let d = Gc::<DictData>::from_value(d).expect("dict display");
        if super::unwrap_kind(src, Kind::Dict).is_none()
            && self.getattr_opt(src, self.names.keys)?.is_none()
        {
            let n = self.type_name_of(src);
            return Err(self.type_error(format!("'{n}' object is not a mapping")));
        }
        self.dict_update_from(d, src)
    }

    /// `f(**src)`: merges keyword arguments, rejecting duplicates and non-string keys.
    pub(crate) fn dict_merge_kwargs(&mut self, d: Value, src: Value, func: Value) -> PyResult<()> {
        let d = Gc::<DictData>::from_value(d).expect("kwargs dict");
        let fname = self.callable_name(func);
        let tmp = self.new_dict();
        if super::unwrap_kind(src, Kind::Dict).is_none()
            && self.getattr_opt(src, self.names.keys)?.is_none()
        {
            let n = self.type_name_of(src);
            return Err(self.type_error(format!(
                "{fname} argument after ** must be a mapping, not {n}"
            )));
        }
        self.with_roots(&[tmp.value()], |vm| {
            vm.dict_update_from(tmp, src)?;
            for (k, v) in vm.dict_items(tmp) {
                if !crate::objects::is_kind(k, Kind::Str) {
                    return Err(vm.type_error("keywords must be strings"));
                }
                if vm.dict_get(d, k)?.is_some() {
                    let kn = super::str_of(k).to_string();
                    return Err(vm.type_error(format!(
                        "{fname} got multiple values for keyword argument '{kn}'"
                    )));
                }
                vm.dict_set(d, k, v)?;
            }
            Ok(())
        })
    }

    /// How CPython names a callable in argument errors (`f()`, `A.f()`).
    pub fn callable_name(&mut self, f: Value) -> String {
        if let Some(fun) = Gc::<crate::objects::FunctionData>::from_value(f) {
            return format!("{}()", super::str_of(fun.qualname.get()));
        }
        if let Some(b) = Gc::<crate::objects::BuiltinData>::from_value(f) {
            return format!("{}()", b.name);
        }
        if let Some(t) = Gc::<crate::objects::TypeData>::from_value(f) {
            return format!("{}()", self.type_name(t));
        }
        let n = self.type_name_of(f);
        format!("{n} object")
    }

    /// `a == b` for dicts.
    pub(crate) fn dicts_equal(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let (x, y) = (
            Gc::<DictData>::from_value(a).expect("dict"),
            Gc::<DictData>::from_value(b).expect("dict"),
        );
        if x.len() != y.len() {
            return Ok(false);
        }
        let items = self.dict_items(x);
        for (k, v) in items {
            match self.dict_get(y, k)? {
                Some(w) => {
                    if !self.eq(v, w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// `item in view` for dict views.
    pub(crate) fn dict_view_contains(
        &mut self,
        view: Gc<DictViewData>,
        item: Value,
    ) -> PyResult<bool> {
        let d = Gc::<DictData>::from_value(view.dict).expect("view of a dict");
        match view.part {
            DictPart::Keys => Ok(self.dict_get(d, item)?.is_some()),
            DictPart::Items => {
                let Some(t) = Gc::<crate::objects::TupleData>::from_value(item) else {
                    return Ok(false);
                };
                if t.items.len() != 2 {
                    return Ok(false);
                }
                match self.dict_get(d, t.items[0])? {
                    Some(v) => self.eq(v, t.items[1]),
                    None => Ok(false),
                }
            }
            DictPart::Values => {
                let vals: Vec<Value> = self.dict_items(d).into_iter().map(|(_, v)| v).collect();
                for v in vals {
                    if self.eq(v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// Globals, then builtins (LOAD_GLOBAL).
    pub(crate) fn load_global(&mut self, globals: Gc<DictData>, name: Value) -> PyResult<Value> {
        if let Some(v) = self.dict_get_str(globals, name) {
            return Ok(v);
        }
        if let Some(v) = self.dict_get_str(self.builtins, name) {
            return Ok(v);
        }
        Err(self.name_error(name))
    }

    /// DELETE_GLOBAL.
    pub(crate) fn delete_global(&mut self, globals: Gc<DictData>, name: Value) -> PyResult<()> {
        if self.dict_del(globals, name)? {
            return Ok(());
        }
        let n = super::str_of(name).to_string();
        Err(self.new_error(
            crate::error::ExcKind::NameError,
            format!("name '{n}' is not defined"),
        ))
    }

    /// LOAD_NAME: the frame's locals mapping, then globals, then builtins.
    pub(crate) fn load_name(&mut self, fi: usize, name: Value) -> PyResult<Value> {
        let locals = self.frames[fi].locals;
        if let Some(d) = Gc::<DictData>::from_value(locals) {
            if let Some(v) = self.dict_get_str(d, name) {
                return Ok(v);
            }
        } else if !locals.is_unbound() {
            // Any mapping may serve as the locals of `exec`/`eval`.
            match self.getitem(locals, name) {
                Ok(v) => return Ok(v),
                Err(e) if self.err_is(&e, crate::error::ExcKind::KeyError) => {}
                Err(e) => return Err(e),
            }
        }
        let globals = self.frames[fi].globals;
        self.load_global(globals, name)
    }

    /// STORE_NAME.
    pub(crate) fn store_name(&mut self, fi: usize, name: Value, v: Value) -> PyResult<()> {
        let locals = self.frames[fi].locals;
        if !locals.is_unbound() && Gc::<DictData>::from_value(locals).is_none() {
            return self.setitem(locals, name, v);
        }
        let target =
            Gc::<DictData>::from_value(self.frames[fi].locals).unwrap_or(self.frames[fi].globals);
        self.dict_set(target, name, v)
    }

    /// DELETE_NAME.
    pub(crate) fn delete_name(&mut self, fi: usize, name: Value) -> PyResult<()> {
        let target =
            Gc::<DictData>::from_value(self.frames[fi].locals).unwrap_or(self.frames[fi].globals);
        if self.dict_del(target, name)? {
            return Ok(());
        }
        let n = super::str_of(name).to_string();
        Err(self.new_error(
            crate::error::ExcKind::NameError,
            format!("name '{n}' is not defined"),
        ))
    }
}
