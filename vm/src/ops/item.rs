//! Subscripts: `obj[key]`, `obj[key] = v`, `del obj[key]`, including slices with CPython's
//! index clamping rules.

use super::int::as_int;
use crate::error::{ExcKind, PyResult};
use crate::objects::typeobj::tflags;
use crate::objects::{DictData, Gc, Kind, ListData, RangeData, SliceData, StrData, TupleData};
use crate::value::Value;
use crate::vm::Vm;
use num_traits::ToPrimitive;

impl Vm {
    /// Normalises a (possibly negative) index key against a length; `None` if out of
    /// range. The length is asked for only after `__index__` has run, since that may
    /// change a mutable sequence.
    fn seq_index(&mut self, key: Value, len: impl FnOnce() -> usize) -> PyResult<Option<usize>> {
        let i = self.to_i64_index(key)?;
        let len = len();
        let i = if i < 0 { i + len as i64 } else { i };
        Ok(if i >= 0 && (i as usize) < len {
            Some(i as usize)
        } else {
            None
        })
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        if let Some(l) = Gc::<ListData>::from_value(obj) {
            if let Some(i) = key.as_small_int() {
                let n = l.len() as i64;
                let j = if i < 0 { i + n } else { i };
                return match (j >= 0 && j < n).then(|| l.get(j as usize)).flatten() {
                    Some(v) => Ok(v),
                    None => Err(self.index_error("list index out of range")),
                };
            }
        }
        let cls = self.class_of(obj);
        if cls.has(tflags::HEAPTYPE) {
            if let Some(f) = self.lookup_type(cls, self.names.getitem) {
                return self.call_special(f, obj, &[key]);
            }
        }
        self.builtin_getitem(obj, key)
    }

    /// `obj[key]` for built-in containers.
    pub fn builtin_getitem(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        let orig = obj;
        let obj = match Gc::<crate::objects::InstanceData>::from_value(obj) {
            Some(i) if !i.base.get().is_unbound() => i.base.get(),
            _ => obj,
        };
        if let Some(d) = Gc::<DictData>::from_value(obj) {
            return match self.dict_get(d, key)? {
                Some(v) => Ok(v),
                None => {
                    if orig != obj {
                        let cls = self.class_of(orig);
                        if let Some(m) = self.lookup_type(cls, self.names.missing) {
                            return self.call_special(m, orig, &[key]);
                        }
                    }
                    Err(self.key_error(key))
                }
            };
        }
        if let Some(l) = Gc::<ListData>::from_value(obj) {
            if let Some(s) = Gc::<SliceData>::from_value(key) {
                let idx = self.unpack_slice(s)?.adjust(l.len());
                let items = l.items.borrow();
                let v: Vec<Value> = idx.indices().map(|i| items[i]).collect();
                drop(items);
                return Ok(self.new_list(v));
            }
            if as_int(key).is_none() && !self.has_index(key) {
                let n = self.type_name_of(key);
                return Err(
                    self.type_error(format!("list indices must be integers or slices, not {n}"))
                );
            }
            return match self.seq_index(key, || l.len())? {
                Some(i) => Ok(l.get(i).expect("in range")),
                None => Err(self.index_error("list index out of range")),
            };
        }
        if let Some(t) = Gc::<TupleData>::from_value(obj) {
            if let Some(s) = Gc::<SliceData>::from_value(key) {
                let idx = self.slice_indices(s, t.items.len())?;
                let v: Vec<Value> = idx.indices().map(|i| t.items[i]).collect();
                return Ok(self.new_tuple(v));
            }
            if as_int(key).is_none() && !self.has_index(key) {
                let n = self.type_name_of(key);
                return Err(
                    self.type_error(format!("tuple indices must be integers or slices, not {n}"))
                );
            }
            return match self.seq_index(key, || t.items.len())? {
                Some(i) => Ok(t.items[i]),
                None => Err(self.index_error("tuple index out of range")),
            };
        }
        if let Some(s) = Gc::<StrData>::from_value(obj) {
            return self.str_getitem(s, key);
        }
        if let Some(r) = Gc::<RangeData>::from_value(obj) {
            let n = r.len();
            if let Some(s) = Gc::<SliceData>::from_value(key) {
                let idx = self.unpack_slice(s)?.adjust_wide(n);
                let Some(step) = r.step.checked_mul(idx.step) else {
                    return Err(self.unsupported("ranges with bounds beyond 100-bit integers"));
                };
                let start = r.item(idx.start);
                let stop = r.item(idx.stop);
                return Ok(self
                    .alloc(self.types.range, RangeData { start, stop, step })
                    .value());
            }
            let i = match as_int(key) {
                Some(i) => i.to_big().to_i128().unwrap_or(i128::MAX),
                None => self.to_index(key)?.to_big().to_i128().unwrap_or(i128::MAX),
            };
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(self.index_error("range object index out of range"));
            }
            return Ok(self.new_int128(r.item(j)));
        }
        if crate::objects::is_kind(obj, Kind::Type) {
            let cls_getitem = self.intern_static("__class_getitem__");
            if let Some(f) = self.getattr_opt(obj, cls_getitem)? {
                return self.call(f, &[key], &[]);
            }
        }
        let n = self.type_name_of(obj);
        Err(self.type_error(format!("'{n}' object is not subscriptable")))
    }

    fn has_index(&mut self, v: Value) -> bool {
        let cls = self.class_of(v);
        self.lookup_type(cls, self.names.index).is_some()
    }

    fn str_getitem(&mut self, s: Gc<StrData>, key: Value) -> PyResult<Value> {
        if let Some(sl) = Gc::<SliceData>::from_value(key) {
            let idx = self.slice_indices(sl, s.char_len())?;
            let out: String = if s.is_ascii() {
                let b = s.as_str().as_bytes();
                idx.indices().map(|i| b[i] as char).collect()
            } else {
                let chars: Vec<char> = s.as_str().chars().collect();
                idx.indices().map(|i| chars[i]).collect()
            };
            return Ok(self.new_str(out));
        }
        if as_int(key).is_none() && !self.has_index(key) {
            let n = self.type_name_of(key);
            return Err(self.type_error(format!("string indices must be integers, not '{n}'")));
        }
        match self.seq_index(key, || s.char_len())? {
            Some(i) => {
                let c = s.char_at(i);
                Ok(self.new_char(c))
            }
            None => Err(self.index_error("string index out of range")),
        }
    }

    /// A one-character string (ASCII ones are interned).
    pub fn new_char(&mut self, c: char) -> Value {
        if c.is_ascii() {
            let mut buf = [0u8; 4];
            return self.intern(c.encode_utf8(&mut buf));
        }
        self.new_str(c.to_string())
    }

    /// `obj[key] = value`.
    pub fn setitem(&mut self, obj: Value, key: Value, value: Value) -> PyResult<()> {
        if let Some(l) = Gc::<ListData>::from_value(obj) {
            if let Some(i) = key.as_small_int() {
                let mut items = l.items.borrow_mut();
                let n = items.len() as i64;
                let j = if i < 0 { i + n } else { i };
                if j >= 0 && j < n {
                    items[j as usize] = value;
                    return Ok(());
                }
                drop(items);
                return Err(self.index_error("list assignment index out of range"));
            }
        }
        if let Some(d) = Gc::<DictData>::from_value(obj) {
            return self.dict_set(d, key, value);
        }
        let cls = self.class_of(obj);
        if cls.has(tflags::HEAPTYPE) {
            if let Some(f) = self.lookup_type(cls, self.names.setitem) {
                self.call_special(f, obj, &[key, value])?;
                return Ok(());
            }
        }
        self.builtin_setitem(obj, key, value)
    }

    /// `obj[key] = value` for built-in containers.
    pub fn builtin_setitem(&mut self, obj: Value, key: Value, value: Value) -> PyResult<()> {
        let obj = match Gc::<crate::objects::InstanceData>::from_value(obj) {
            Some(i) if !i.base.get().is_unbound() => i.base.get(),
            _ => obj,
        };
        if let Some(d) = Gc::<DictData>::from_value(obj) {
            return self.dict_set(d, key, value);
        }
        if let Some(l) = Gc::<ListData>::from_value(obj) {
            if let Some(s) = Gc::<SliceData>::from_value(key) {
                return self.list_set_slice(l, s, value);
            }
            if as_int(key).is_none() && !self.has_index(key) {
                let n = self.type_name_of(key);
                return Err(
                    self.type_error(format!("list indices must be integers or slices, not {n}"))
                );
            }
            return match self.seq_index(key, || l.len())? {
                Some(i) => {
                    l.items.borrow_mut()[i] = value;
                    Ok(())
                }
                None => Err(self.index_error("list assignment index out of range")),
            };
        }
        let n = self.type_name_of(obj);
        Err(self.type_error(format!("'{n}' object does not support item assignment")))
    }

    fn list_set_slice(&mut self, l: Gc<ListData>, s: Gc<SliceData>, value: Value) -> PyResult<()> {
        // CPython's order: the bounds' `__index__` first and adjusted to the length, then the
        // new items (which may change the list: a simple slice is clamped again).
        let raw = self.unpack_slice(s)?;
        let idx = raw.adjust(l.len());
        let msg = if idx.step == 1 {
            "can only assign an iterable"
        } else {
            "must assign iterable to extended slice"
        };
        let new_items = if value == l.value() {
            l.snapshot()
        } else {
            self.collect_iterable_or(value, msg)?
        };
        let mut items = l.items.borrow_mut();
        if idx.step == 1 {
            let len = items.len();
            let start = (idx.start as usize).min(len);
            let stop = (idx.stop.max(idx.start) as usize).clamp(start, len);
            items.splice(start..stop, new_items);
            return Ok(());
        }
        if new_items.len() != idx.len {
            drop(items);
            return Err(self.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new_items.len(),
                idx.len
            )));
        }
        for (k, i) in idx.indices().enumerate() {
            // The list may have shrunk while the items were collected.
            if let Some(slot) = items.get_mut(i) {
                *slot = new_items[k];
            }
        }
        Ok(())
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: Value, key: Value) -> PyResult<()> {
        let cls = self.class_of(obj);
        if cls.has(tflags::HEAPTYPE) {
            if let Some(f) = self.lookup_type(cls, self.names.delitem) {
                self.call_special(f, obj, &[key])?;
                return Ok(());
            }
        }
        self.builtin_delitem(obj, key)
    }

    /// `del obj[key]` for built-in containers.
    pub fn builtin_delitem(&mut self, obj: Value, key: Value) -> PyResult<()> {
        let obj = match Gc::<crate::objects::InstanceData>::from_value(obj) {
            Some(i) if !i.base.get().is_unbound() => i.base.get(),
            _ => obj,
        };
        if let Some(d) = Gc::<DictData>::from_value(obj) {
            if self.dict_del(d, key)? {
                return Ok(());
            }
            return Err(self.key_error(key));
        }
        if let Some(l) = Gc::<ListData>::from_value(obj) {
            if let Some(s) = Gc::<SliceData>::from_value(key) {
                let idx = self.unpack_slice(s)?.adjust(l.len());
                let mut drop_set: Vec<usize> = idx.indices().collect();
                drop_set.sort_unstable();
                let mut items = l.items.borrow_mut();
                for i in drop_set.into_iter().rev() {
                    items.remove(i);
                }
                return Ok(());
            }
            return match self.seq_index(key, || l.len())? {
                Some(i) => {
                    l.items.borrow_mut().remove(i);
                    Ok(())
                }
                None => Err(self.index_error("list assignment index out of range")),
            };
        }
        let n = self.type_name_of(obj);
        Err(self.new_error(
            ExcKind::TypeError,
            format!("'{n}' object doesn't support item deletion"),
        ))
    }
}
