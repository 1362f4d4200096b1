//! The runtime side of `match`: MATCH_SEQ, MATCH_MAP and MATCH_CLASS (see
//! `compiler/patterns.rs` for how patterns use them).
//!
//! Sequences are lists, tuples and ranges (and subclasses of list and tuple), never
//! strings; mappings are dicts and their subclasses. A class pattern's positional
//! sub-patterns read the attributes named by the class's `__match_args__`, except for the
//! built-in types that match themselves (`int(x)` binds the subject).

use crate::error::PyResult;
use crate::objects::{DictData, Gc, Kind, TupleData, TypeData};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// MATCH_SEQ.
    pub(crate) fn match_seq(&mut self, v: Value, count: usize, star: bool) -> PyResult<bool> {
        let is_seq = [Kind::List, Kind::Tuple]
            .into_iter()
            .any(|k| super::unwrap_kind(v, k).is_some())
            || crate::objects::is_kind(v, Kind::Range);
        if !is_seq {
            return Ok(false);
        }
        let n = self.len(v)?;
        Ok(if star { n >= count } else { n == count })
    }

    /// MATCH_MAP.
    pub(crate) fn match_map(&mut self, v: Value, keys: Value, rest: bool) -> PyResult<Value> {
        let Some(d) = super::unwrap_kind(v, Kind::Dict).and_then(Gc::<DictData>::from_value) else {
            return Ok(Value::NONE);
        };
        let keys = Gc::<TupleData>::from_value(keys)
            .expect("key tuple")
            .items
            .to_vec();
        let mut values = Vec::with_capacity(keys.len() + 1);
        for (i, &k) in keys.iter().enumerate() {
            if keys[..i].contains(&k) {
                let r = self.repr(k)?;
                return Err(self.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
            match self.dict_get(d, k)? {
                Some(x) => values.push(x),
                None => return Ok(Value::NONE),
            }
        }
        if rest {
            let copy = self.new_dict();
            self.with_roots(&[copy.value()], |vm| {
                vm.dict_update_from(copy, d.value())?;
                for &k in &keys {
                    vm.dict_del(copy, k)?;
                }
                Ok(())
            })?;
            values.push(copy.value());
        }
        Ok(self.new_tuple(values))
    }

    /// MATCH_CLASS; `names` is the tuple of keyword attribute names (or unbound).
    pub(crate) fn match_class(
        &mut self,
        v: Value,
        cls: Value,
        npos: usize,
        names: Value,
    ) -> PyResult<Value> {
        let Some(t) = Gc::<TypeData>::from_value(cls) else {
            return Err(self.type_error("called match pattern must be a type"));
        };
        if !self.isinstance_spec(v, cls, "isinstance")? {
            return Ok(Value::NONE);
        }
        let mut attrs: Vec<Value> = Vec::new();
        let mut values = Vec::new();
        if npos > 0 {
            let key = self.intern("__match_args__");
            let tn = self.type_name(t);
            match self.getattr_opt(cls, key)? {
                None if self.matches_self(t) => {
                    if npos > 1 {
                        return Err(self.type_error(format!(
                            "{tn}() accepts 1 positional sub-pattern ({npos} given)"
                        )));
                    }
                    values.push(v);
                }
                None => {
                    return Err(self.type_error(format!(
                        "{tn}() accepts 0 positional sub-patterns ({npos} given)"
                    )))
                }
                Some(ma) => {
                    let Some(tuple) = Gc::<TupleData>::from_value(ma) else {
                        let n = self.type_name_of(ma);
                        return Err(self
                            .type_error(format!("{tn}.__match_args__ must be a tuple (got {n})")));
                    };
                    let len = tuple.items.len();
                    if npos > len {
                        let s = if len == 1 { "" } else { "s" };
                        return Err(self.type_error(format!(
                            "{tn}() accepts {len} positional sub-pattern{s} ({npos} given)"
                        )));
                    }
                    for &name in &tuple.items[..npos] {
                        if crate::ops::as_str(name).is_none() {
                            let n = self.type_name_of(name);
                            return Err(self.type_error(format!(
                                "__match_args__ elements must be strings (got {n})"
                            )));
                        }
                        attrs.push(name);
                    }
                }
            }
        }
        if let Some(kw) = Gc::<TupleData>::from_value(names) {
            attrs.extend(kw.items.iter().copied());
        }
        for (i, &a) in attrs.iter().enumerate() {
            let name = self.intern(crate::ops::str_of(a));
            if attrs[..i]
                .iter()
                .any(|&b| crate::ops::str_of(b) == crate::ops::str_of(a))
            {
                let tn = self.type_name(t);
                let r = self.repr(a)?;
                return Err(self.type_error(format!(
                    "{tn}() got multiple sub-patterns for attribute {r}"
                )));
            }
            match self.getattr_opt(v, name)? {
                Some(x) => values.push(x),
                None => return Ok(Value::NONE),
            }
        }
        Ok(self.new_tuple(values))
    }

    /// Whether instances of `t` match a single positional sub-pattern themselves.
    fn matches_self(&self, t: Gc<TypeData>) -> bool {
        let ty = &self.types;
        [
            ty.bool_,
            ty.int,
            ty.float,
            ty.str_,
            ty.list,
            ty.tuple,
            ty.dict,
            ty.set,
            ty.frozenset,
        ]
        .into_iter()
        .any(|b| self.is_subclass(t, b))
    }
}
