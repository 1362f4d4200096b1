//! Inline caches for attribute and global accesses.
//!
//! Each instruction has a cache slot in its code object. An attribute access remembers the
//! class it saw (with the VM's type epoch) and *where in the instance dict* the attribute
//! was: instances of one class usually get their attributes in the same order, so the next
//! access checks one dict entry's key (a pointer compare with the interned name) instead of
//! looking up the class hierarchy and hashing. A method call remembers the function found on
//! the class. A global access remembers the position of the name in the globals (or
//! builtins) dict, valid while the dict's version — unique across all dicts, changed by every
//! insertion or deletion — stays the same.
//!
//! ```text
//! LOAD_ATTR r1, r0, "x"     cache: class=Point@epoch 7, index 0
//!   r0.__class__ is Point, epoch is 7, dict entry 0 has key "x"  ->  r1 = entry 0's value
//! ```

use crate::error::PyResult;
use crate::objects::code::InlineCache;
use crate::objects::dict::Find;
use crate::objects::typeobj::tflags;
use crate::objects::{CodeData, DictData, Gc, InstanceData, Kind, StrData};
use crate::ops::dictops::find_str;
use crate::value::Value;
use crate::vm::Vm;

const IC_SLOT: u8 = 1;
const IC_METHOD: u8 = 2;
const IC_GLOBAL: u8 = 3;
const IC_BUILTIN: u8 = 4;

impl Vm {
    /// Position of a `str` key in a dict (native equality only, as `dict_get_str`).
    pub fn dict_position_str(&self, d: Gc<DictData>, key: Value) -> Option<usize> {
        let s = Gc::<StrData>::from_value(key)?;
        match find_str(&d.table.borrow(), s, key) {
            Find::Found(i) => Some(i),
            _ => None,
        }
    }

    /// LOAD_ATTR with its inline cache.
    #[inline]
    pub(crate) fn load_attr_ic(
        &mut self,
        code: Gc<CodeData>,
        at: usize,
        obj: Value,
        name: Value,
    ) -> PyResult<Value> {
        if let Some(inst) = Gc::<InstanceData>::from_value(obj) {
            let cell = &code.caches[at];
            let c = cell.get();
            let cls = inst.header().class() as u64;
            // A hit for this class in this type epoch also says the class has no data
            // descriptor for `name`, whatever slot the key sits in for this instance.
            let known_plain = c.kind == IC_SLOT && c.key1 == cls && c.key2 == self.type_epoch;
            if known_plain {
                if let Some(e) = inst.dict.get().table.borrow().entry_at(c.index as usize) {
                    if e.key == name {
                        return Ok(e.value);
                    }
                }
            }
            let class = self.class_of(obj);
            let plain = known_plain
                || (self.custom_getattribute(class).is_none()
                    && match self.lookup_type(class, name) {
                        None => true,
                        Some(d) => !self.is_data_descriptor(d),
                    });
            if plain {
                let d = inst.dict.get();
                if let Some(pos) = self.dict_position_str(d, name) {
                    let value = d.table.borrow().entry(pos).value;
                    cell.set(InlineCache {
                        kind: IC_SLOT,
                        key1: cls,
                        key2: self.type_epoch,
                        index: pos as u32,
                        value: Value::UNBOUND,
                    });
                    return Ok(value);
                }
            }
        }
        self.getattr(obj, name)
    }

    /// STORE_ATTR with its inline cache.
    #[inline]
    pub(crate) fn store_attr_ic(
        &mut self,
        code: Gc<CodeData>,
        at: usize,
        obj: Value,
        name: Value,
        value: Value,
    ) -> PyResult<()> {
        if let Some(inst) = Gc::<InstanceData>::from_value(obj) {
            let cell = &code.caches[at];
            let c = cell.get();
            let cls = inst.header().class() as u64;
            // The cache says the class (unchanged since: same type epoch) makes this a
            // plain dict store; it also remembers where the key was last found.
            let known_plain = c.kind == IC_SLOT && c.key1 == cls && c.key2 == self.type_epoch;
            if known_plain {
                let d = inst.dict.get();
                let mut t = d.table.borrow_mut();
                if t.entry_at(c.index as usize).is_some_and(|e| e.key == name) {
                    t.set_value(c.index as usize, value);
                    return Ok(());
                }
            }
            if known_plain || self.is_plain_store(obj, name) {
                let d = inst.dict.get();
                let Some(pos) = self.dict_set_str(d, name, value) else {
                    return self.dict_set(d, name, value);
                };
                {
                    cell.set(InlineCache {
                        kind: IC_SLOT,
                        key1: cls,
                        key2: self.type_epoch,
                        index: pos as u32,
                        value: Value::UNBOUND,
                    });
                }
                return Ok(());
            }
        }
        self.setattr(obj, name, value)
    }

    /// Whether `obj.name = value` is a plain store into the instance dict: no custom
    /// `__setattr__` and no data descriptor for `name` on the class.
    fn is_plain_store(&mut self, obj: Value, name: Value) -> bool {
        let class = self.class_of(obj);
        if !class.has(tflags::HEAPTYPE) {
            // Instances of `object` itself have no attribute storage.
            return false;
        }
        let custom_setattr = self
            .lookup_type(class, self.names.setattr)
            .is_some_and(|f| !crate::objects::is_kind(f, Kind::Builtin));
        !custom_setattr
            && self.slot_allows(class, name)
            && name != self.names.class
            && name != self.names.dict
            && match self.lookup_type(class, name) {
                None => true,
                Some(d) => !self.is_data_descriptor(d),
            }
    }

    /// LOAD_METHOD with its inline cache.
    #[inline]
    pub(crate) fn load_method_ic(
        &mut self,
        code: Gc<CodeData>,
        at: usize,
        obj: Value,
        name: Value,
    ) -> PyResult<(Value, Value)> {
        let cell = &code.caches[at];
        let c = cell.get();
        let cls = self.class_of(obj);
        if c.kind == IC_METHOD && c.key1 == cls.obj().addr() as u64 && c.key2 == self.type_epoch {
            match Gc::<InstanceData>::from_value(obj) {
                Some(i) => {
                    if self.dict_get_str(i.dict.get(), name).is_none() {
                        return Ok((c.value, obj));
                    }
                }
                None => return Ok((c.value, obj)),
            }
        }
        let (f, s) = self.load_method(obj, name)?;
        if !s.is_unbound() {
            cell.set(InlineCache {
                kind: IC_METHOD,
                key1: cls.obj().addr() as u64,
                key2: self.type_epoch,
                index: 0,
                value: f,
            });
        }
        Ok((f, s))
    }

    /// LOAD_GLOBAL with its inline cache.
    #[inline]
    pub(crate) fn load_global_ic(
        &mut self,
        code: Gc<CodeData>,
        at: usize,
        globals: Gc<DictData>,
        name: Value,
    ) -> PyResult<Value> {
        let cell = &code.caches[at];
        let c = cell.get();
        let gv = globals.table.borrow().version();
        if c.key1 == gv {
            if c.kind == IC_GLOBAL {
                if let Some(e) = globals.table.borrow().entry_at(c.index as usize) {
                    return Ok(e.value);
                }
            } else if c.kind == IC_BUILTIN && c.key2 == self.builtins.table.borrow().version() {
                if let Some(e) = self.builtins.table.borrow().entry_at(c.index as usize) {
                    return Ok(e.value);
                }
            }
        }
        if let Some(pos) = self.dict_position_str(globals, name) {
            cell.set(InlineCache {
                kind: IC_GLOBAL,
                key1: gv,
                key2: 0,
                index: pos as u32,
                value: Value::UNBOUND,
            });
            return Ok(globals.table.borrow().entry(pos).value);
        }
        if let Some(pos) = self.dict_position_str(self.builtins, name) {
            let bv = self.builtins.table.borrow().version();
            cell.set(InlineCache {
                kind: IC_BUILTIN,
                key1: gv,
                key2: bv,
                index: pos as u32,
                value: Value::UNBOUND,
            });
            return Ok(self.builtins.table.borrow().entry(pos).value);
        }
        self.load_global(globals, name)
    }
}
