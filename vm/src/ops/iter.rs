//! Iteration: `iter()`, `next()`, unpacking, and `len()`.
//!
//! Built-in containers get built-in iterator objects whose `next` is native. Generators are
//! resumed directly. Anything else uses `__iter__`/`__next__`, or the old `__getitem__`
//! protocol. `iter_next` returns `None` at exhaustion instead of raising StopIteration, so
//! `for` loops over built-in iterables never create exception objects.

use crate::error::{ExcKind, PyResult};
use crate::interp::gen::Step;
use crate::objects::iter::{DictPart, IterData, IterState};
use crate::objects::typeobj::tflags;
use crate::objects::{
    DictData, DictViewData, Gc, GeneratorData, Kind, ListData, RangeData, SetData, StrData,
    TupleData,
};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;

impl Vm {
    /// `zip(strict=True)`: argument `k` (0-based) ran out; the others must have too.
    fn zip_strict_check(&mut self, its: &[Value], k: usize) -> PyResult<()> {
        let firsts = |n: usize| {
            if n == 1 {
                "argument 1".to_string()
            } else {
                format!("arguments 1-{n}")
            }
        };
        if k > 0 {
            let msg = format!("zip() argument {} is shorter than {}", k + 1, firsts(k));
            return Err(self.value_error(msg));
        }
        for (j, &i) in its.iter().enumerate().skip(1) {
            if self.iter_next(i)?.is_some() {
                let msg = format!("zip() argument {} is longer than {}", j + 1, firsts(j));
                return Err(self.value_error(msg));
            }
        }
        Ok(())
    }

    /// A built-in iterator object of class `cls`.
    pub fn new_iter(&mut self, cls: Gc<crate::objects::TypeData>, state: IterState) -> Value {
        self.alloc(
            cls,
            IterData {
                state: RefCell::new(state),
            },
        )
        .value()
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        let cls = self.class_of(v);
        if !cls.has(tflags::HEAPTYPE) {
            if let Some(it) = self.builtin_iter(v) {
                return Ok(it);
            }
        }
        if let Some(f) = self.lookup_type(cls, self.names.iter) {
            if f.is_none() {
                let n = self.type_name(cls);
                return Err(self.type_error(format!("'{n}' object is not iterable")));
            }
            let it = self.call_special(f, v, &[])?;
            let ic = self.class_of(it);
            if !crate::objects::is_kind(it, Kind::Iter)
                && !crate::objects::is_kind(it, Kind::Generator)
                && self.lookup_type(ic, self.names.next).is_none()
            {
                let n = self.type_name(ic);
                return Err(self.type_error(format!("iter() returned non-iterator of type '{n}'")));
            }
            return Ok(it);
        }
        if self.lookup_type(cls, self.names.getitem).is_some() {
            return Ok(self.new_iter(
                self.types.iterator,
                IterState::GetItem {
                    obj: v,
                    index: 0,
                    step: 1,
                },
            ));
        }
        if let Some(b) = Gc::<crate::objects::InstanceData>::from_value(v) {
            if let Some(it) = self.builtin_iter(b.base.get()) {
                return Ok(it);
            }
        }
        let n = self.type_name(cls);
        Err(self.type_error(format!("'{n}' object is not iterable")))
    }

    pub(crate) fn builtin_iter(&mut self, v: Value) -> Option<Value> {
        let kind = crate::objects::kind_of(v)?;
        let t = &self.types;
        let (cls, state) = match kind {
            Kind::List => (t.list_iterator, IterState::Seq { seq: v, index: 0 }),
            Kind::Tuple => (t.tuple_iterator, IterState::Seq { seq: v, index: 0 }),
            Kind::Str => {
                let ascii = Gc::<StrData>::from_value(v).is_some_and(|s| s.is_ascii());
                let cls = if ascii {
                    t.str_ascii_iterator
                } else {
                    t.str_iterator
                };
                (cls, IterState::Seq { seq: v, index: 0 })
            }
            Kind::Range => {
                let r = Gc::<RangeData>::from_value(v).expect("range");
                (
                    t.range_iterator,
                    IterState::Range {
                        next: r.start,
                        stop: r.stop,
                        step: r.step,
                    },
                )
            }
            Kind::Dict => {
                let len = Gc::<DictData>::from_value(v).expect("dict").len();
                (
                    t.dict_keyiterator,
                    IterState::Dict {
                        dict: v,
                        pos: 0,
                        part: DictPart::Keys,
                        len,
                        seen: 0,
                    },
                )
            }
            Kind::DictView => {
                let view = Gc::<DictViewData>::from_value(v).expect("view");
                let len = Gc::<DictData>::from_value(view.dict).expect("dict").len();
                let cls = match view.part {
                    DictPart::Keys => t.dict_keyiterator,
                    DictPart::Values => t.dict_valueiterator,
                    DictPart::Items => t.dict_itemiterator,
                };
                (
                    cls,
                    IterState::Dict {
                        dict: view.dict,
                        pos: 0,
                        part: view.part,
                        len,
                        seen: 0,
                    },
                )
            }
            Kind::Set => {
                let len = Gc::<SetData>::from_value(v).expect("set").len();
                (
                    t.set_iterator,
                    IterState::Set {
                        set: v,
                        pos: 0,
                        len,
                    },
                )
            }
            Kind::Iter | Kind::Generator => return Some(v),
            _ => return None,
        };
        Some(self.new_iter(cls, state))
    }

    /// `next(it)`, or `None` when the iterator is exhausted.
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        if let Some(i) = Gc::<IterData>::from_value(it) {
            // A callback's StopIteration (a `map` function, a `filter` predicate, an old-style
            // `__getitem__`) ends the iteration, as CPython's `__next__` lets it through.
            return match self.builtin_next(i) {
                Err(e) if self.err_is(&e, ExcKind::StopIteration) => Ok(None),
                r => r,
            };
        }
        if let Some(g) = Gc::<GeneratorData>::from_value(it) {
            if !g.is_coroutine {
                return Ok(match self.gen_resume(g, Value::NONE, None)? {
                    Step::Yielded(v) => Some(v),
                    Step::Returned(_) => None,
                });
            }
        }
        let cls = self.class_of(it);
        match self.lookup_type(cls, self.names.next) {
            Some(f) => match self.call_special(f, it, &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.err_is(&e, ExcKind::StopIteration) => Ok(None),
                Err(e) => Err(e),
            },
            None => {
                let n = self.type_name(cls);
                Err(self.type_error(format!("'{n}' object is not an iterator")))
            }
        }
    }

    fn builtin_next(&mut self, it: Gc<IterData>) -> PyResult<Option<Value>> {
        let mut state = it.state.borrow_mut();
        match &mut *state {
            IterState::Seq { seq, index } => {
                let i = *index;
                let v = if let Some(l) = Gc::<ListData>::from_value(*seq) {
                    l.get(i)
                } else if let Some(t) = Gc::<TupleData>::from_value(*seq) {
                    t.items.get(i).copied()
                } else {
                    let s = Gc::<StrData>::from_value(*seq).expect("str");
                    if i < s.char_len() {
                        let c = s.char_at(i);
                        drop(state);
                        let v = self.new_char(c);
                        if let IterState::Seq { index, .. } = &mut *it.state.borrow_mut() {
                            *index += 1;
                        }
                        return Ok(Some(v));
                    }
                    None
                };
                match v {
                    Some(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *state = IterState::Done;
                        Ok(None)
                    }
                }
            }
            IterState::ReversedSeq { seq, next } => {
                let v = if *next < 0 {
                    None
                } else if let Some(l) = Gc::<ListData>::from_value(*seq) {
                    l.get(*next as usize)
                } else if let Some(t) = Gc::<TupleData>::from_value(*seq) {
                    t.items.get(*next as usize).copied()
                } else {
                    let s = Gc::<StrData>::from_value(*seq).expect("str");
                    let c = s.char_at(*next as usize);
                    *next -= 1;
                    drop(state);
                    return Ok(Some(self.new_char(c)));
                };
                match v {
                    Some(v) => {
                        *next -= 1;
                        Ok(Some(v))
                    }
                    None => {
                        *state = IterState::Done;
                        Ok(None)
                    }
                }
            }
            IterState::Range { next, stop, step } => {
                let n = *next;
                if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                    *next = n.saturating_add(*step);
                    drop(state);
                    Ok(Some(match i64::try_from(n).ok().and_then(Value::try_int) {
                        Some(v) => v,
                        None => self.new_int128(n),
                    }))
                } else {
                    Ok(None)
                }
            }
            IterState::Dict {
                dict,
                pos,
                part,
                len,
                seen,
            } => {
                let d = Gc::<DictData>::from_value(*dict).expect("dict");
                if d.len() != *len {
                    *len = usize::MAX;
                    drop(state);
                    return Err(self.runtime_error("dictionary changed size during iteration"));
                }
                let entry = d.table.borrow().next_entry(*pos);
                match entry {
                    // One more entry than the dict holds: keys were deleted and re-added.
                    Some(_) if *seen == *len => {
                        *state = IterState::Done;
                        Err(self.runtime_error("dictionary keys changed during iteration"))
                    }
                    Some((p, e)) => {
                        *pos = p + 1;
                        *seen += 1;
                        let part = *part;
                        drop(state);
                        Ok(Some(match part {
                            DictPart::Keys => e.key,
                            DictPart::Values => e.value,
                            DictPart::Items => self.new_tuple(vec![e.key, e.value]),
                        }))
                    }
                    None => {
                        *state = IterState::Done;
                        Ok(None)
                    }
                }
            }
            IterState::DictReversed {
                dict,
                end,
                part,
                len,
            } => {
                let d = Gc::<DictData>::from_value(*dict).expect("dict");
                if d.len() != *len {
                    *len = usize::MAX;
                    drop(state);
                    return Err(self.runtime_error("dictionary changed size during iteration"));
                }
                let entry = match *end {
                    0 => None,
                    e => d.table.borrow().prev_entry(e - 1),
                };
                let Some((p, e)) = entry else {
                    *state = IterState::Done;
                    return Ok(None);
                };
                *end = p;
                let part = *part;
                drop(state);
                Ok(Some(match part {
                    DictPart::Keys => e.key,
                    DictPart::Values => e.value,
                    DictPart::Items => self.new_tuple(vec![e.key, e.value]),
                }))
            }
            IterState::Set { set, pos, len } => {
                let s = Gc::<SetData>::from_value(*set).expect("set");
                if s.len() != *len {
                    *len = usize::MAX;
                    drop(state);
                    return Err(self.runtime_error("Set changed size during iteration"));
                }
                let slot = s.table.borrow().next_slot(*pos);
                match slot {
                    Some((p, k)) => {
                        *pos = p + 1;
                        Ok(Some(k))
                    }
                    None => {
                        *state = IterState::Done;
                        Ok(None)
                    }
                }
            }
            IterState::Done => Ok(None),
            _ => {
                let snapshot = state.clone();
                drop(state);
                self.builtin_next_slow(it, snapshot)
            }
        }
    }

    /// Iterators whose step calls back into Python (map, filter, zip, enumerate...).
    fn builtin_next_slow(&mut self, it: Gc<IterData>, state: IterState) -> PyResult<Option<Value>> {
        let finish = |it: Gc<IterData>| *it.state.borrow_mut() = IterState::Done;
        match state {
            IterState::Enumerate { it: inner, count } => match self.iter_next(inner)? {
                Some(v) => {
                    let next = self.binary_op(
                        count,
                        Value::small(1),
                        crate::compiler::bytecode::BinOp::Add,
                    )?;
                    if let IterState::Enumerate { count: c, .. } = &mut *it.state.borrow_mut() {
                        *c = next;
                    }
                    Ok(Some(self.new_tuple(vec![count, v])))
                }
                None => {
                    finish(it);
                    Ok(None)
                }
            },
            IterState::Zip { its, strict } => {
                let mut vals = Vec::with_capacity(its.len());
                for (k, &i) in its.iter().enumerate() {
                    match self.with_roots(&vals.clone(), |vm| vm.iter_next(i))? {
                        Some(v) => vals.push(v),
                        None => {
                            finish(it);
                            if strict {
                                self.zip_strict_check(&its, k)?;
                            }
                            return Ok(None);
                        }
                    }
                }
                if its.is_empty() {
                    return Ok(None);
                }
                Ok(Some(self.new_tuple(vals)))
            }
            IterState::Map { func, its } => {
                let mut vals = Vec::with_capacity(its.len());
                for &i in &its {
                    match self.with_roots(&vals.clone(), |vm| vm.iter_next(i))? {
                        Some(v) => vals.push(v),
                        None => {
                            finish(it);
                            return Ok(None);
                        }
                    }
                }
                // A StopIteration raised by the function ends the iteration, as in CPython
                // (where it propagates out of `__next__`).
                match self.with_roots(&vals.clone(), |vm| vm.call(func, &vals, &[])) {
                    Ok(r) => Ok(Some(r)),
                    Err(e) if self.err_is(&e, ExcKind::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            IterState::Filter { func, it: inner } => loop {
                let Some(v) = self.iter_next(inner)? else {
                    finish(it);
                    return Ok(None);
                };
                let keep = if func.is_none() {
                    self.truthy(v)?
                } else {
                    let r = self.with_roots(&[v], |vm| vm.call(func, &[v], &[]))?;
                    self.truthy(r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            },
            IterState::Callable { func, sentinel } => {
                let v = self.call(func, &[], &[])?;
                if self.eq(v, sentinel)? {
                    finish(it);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterState::GetItem { index, .. } if index < 0 => {
                finish(it);
                Ok(None)
            }
            IterState::GetItem { obj, index, step } => match self.getitem(obj, Value::small(index))
            {
                Ok(v) => {
                    if let IterState::GetItem { index: i, .. } = &mut *it.state.borrow_mut() {
                        *i += step;
                    }
                    Ok(Some(v))
                }
                Err(e)
                    if self.err_is(&e, ExcKind::IndexError)
                        || self.err_is(&e, ExcKind::StopIteration) =>
                {
                    finish(it);
                    Ok(None)
                }
                Err(e) => Err(e),
            },
            _ => Ok(None),
        }
    }
}
