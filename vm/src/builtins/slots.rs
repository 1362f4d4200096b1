//! `__slots__`: classes whose instances have no `__dict__`.
//!
//! Instances keep their attributes in a dictionary whatever the class says; `__slots__`
//! restricts which names may be stored. A class is restricted when it and every user-defined
//! base declare `__slots__` without `"__dict__"`; its allowed names are its own slots and
//! those of its bases. Stores of other names, and reads of `__dict__`, raise AttributeError,
//! as in CPython.

use crate::error::PyResult;
use crate::objects::typeobj::tflags;
use crate::objects::{DictData, Gc, TypeData};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// The slot names of a class being made from namespace `ns` (see the module docs).
    pub(super) fn class_slots(
        &mut self,
        class_name: Value,
        ns: Gc<DictData>,
        bases: &[Gc<TypeData>],
    ) -> PyResult<Option<Vec<Value>>> {
        let key = self.intern("__slots__");
        let Some(decl) = self.dict_get_str(ns, key) else {
            return Ok(None);
        };
        let items = match crate::ops::as_str(decl) {
            Some(_) => vec![decl],
            None => self.collect_iterable(decl)?,
        };
        let mut names = Vec::with_capacity(items.len());
        for item in items {
            let Some(s) = crate::ops::as_str(item) else {
                let n = self.type_name_of(item);
                return Err(self.type_error(format!("__slots__ items must be strings, not '{n}'")));
            };
            let s = s.to_string();
            if !is_identifier(&s) {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            // Private names are mangled, as the attribute accesses in methods are.
            let stored = match s.strip_prefix("__") {
                Some(_) if !s.ends_with("__") => {
                    let owner = crate::ops::str_of(class_name).trim_start_matches('_');
                    format!("_{owner}{s}")
                }
                _ => s.clone(),
            };
            let name = self.intern(&stored);
            if self.dict_get_str(ns, name).is_some() {
                return Err(
                    self.value_error(format!("'{s}' in __slots__ conflicts with class variable"))
                );
            }
            names.push(name);
        }
        if names.contains(&self.names.dict) {
            return Ok(None);
        }
        for b in bases {
            if !b.has(tflags::HEAPTYPE) {
                continue;
            }
            match &*b.slots.borrow() {
                Some(inherited) => names.extend(inherited.iter().copied()),
                None => return Ok(None),
            }
        }
        Ok(Some(names))
    }

    /// Whether instances of `cls` may store attribute `name` (interned).
    pub(crate) fn slot_allows(&self, cls: Gc<TypeData>, name: Value) -> bool {
        match &*cls.slots.borrow() {
            Some(names) => names.contains(&name),
            None => true,
        }
    }
}

fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    matches!(it.next(), Some(c) if c == '_' || c.is_alphabetic())
        && it.all(|c| c == '_' || c.is_alphanumeric())
}
