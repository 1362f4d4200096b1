//! Iteration: `iter()`, `next()`, unpacking, and `len()`.
//!
//! Built-in containers get built-in iterator objects whose `next` is native. Generators are
//! resumed directly. Anything else uses `__iter__`/`__next__`, or the old `__getitem__`
//! protocol. `iter_next` returns `None` at exhaustion instead of raising StopIteration, so
//! `for` loops over built-in iterables never create exception objects.

use super::int::as_int;
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

    fn builtin_iter(&mut self, v: Value) -> Option<Value> {
        let kind = crate::objects::kind_of(v)?;
        let t = &self.types;
        let (cls, state) = match kind {
            Kind::List => (t.list_iterator, IterState::Seq { seq: v, index: 0 }),
            Kind::Tuple => (t.tuple_iterator, IterState::Seq { seq: v, index: 0 }),
            Kind::Str => (t.str_iterator, IterState::Seq { seq: v, index: 0 }),
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

    /// All values of an iterable.
    pub fn collect_iterable(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if let Some(l) = Gc::<ListData>::from_value(v) {
            return Ok(l.snapshot());
        }
        if let Some(t) = Gc::<TupleData>::from_value(v) {
            return Ok(t.items.to_vec());
        }
        if let Some(r) = Gc::<crate::objects::RangeData>::from_value(v) {
            // A range knows its length: refuse impossible sizes before filling memory.
            let bytes = usize::try_from(r.len())
                .ok()
                .and_then(|n| n.checked_mul(std::mem::size_of::<Value>()));
            self.check_alloc(bytes)?;
        }
        let it = self.get_iter(v)?;
        let acc = self.new_list(Vec::new());
        self.with_roots(&[it, acc], |vm| {
            let l = Gc::<ListData>::from_value(acc).expect("list");
            while let Some(x) = vm.iter_next(it)? {
                l.push(x);
            }
            Ok(l.snapshot())
        })
    }

    /// The items of `v` as CPython's `PySequence_Fast(v, msg)` gives them: a TypeError from
    /// getting the iterator becomes `TypeError(msg)`.
    pub fn collect_iterable_or(&mut self, v: Value, msg: &str) -> PyResult<Vec<Value>> {
        if !crate::objects::is_kind(v, crate::objects::Kind::List)
            && !crate::objects::is_kind(v, crate::objects::Kind::Tuple)
        {
            match self.get_iter(v) {
                Err(e) if self.err_is(&e, crate::error::ExcKind::TypeError) => {
                    return Err(self.type_error(msg))
                }
                Err(e) => return Err(e),
                Ok(it) => return self.with_roots(&[it], |vm| vm.collect_iterable(it)),
            }
        }
        self.collect_iterable(v)
    }

    /// `list.extend(src)`.
    pub fn list_extend(&mut self, list: Value, src: Value) -> PyResult<()> {
        let l = Gc::<ListData>::from_value(list).expect("list");
        if [Kind::List, Kind::Tuple]
            .into_iter()
            .any(|k| super::unwrap_kind(src, k).is_some())
        {
            // A snapshot first: `a.extend(a)` doubles `a`.
            let items = self.collect_iterable(src)?;
            l.items.borrow_mut().extend(items);
            return Ok(());
        }
        // Other iterables append as they go: the iterator may look at the list.
        let it = self.get_iter(src)?;
        self.with_roots(&[it, list], |vm| {
            while let Some(x) = vm.iter_next(it)? {
                l.push(x);
            }
            Ok(())
        })
    }

    /// Whether `v` can be iterated (has `__iter__`, `__getitem__` or is a built-in
    /// iterable).
    pub fn is_iterable(&mut self, v: Value) -> bool {
        let cls = self.class_of(v);
        self.builtin_iter(v).is_some()
            || self
                .lookup_type(cls, self.names.iter)
                .is_some_and(|f| !f.is_none())
            || self.lookup_type(cls, self.names.getitem).is_some()
    }

    /// Runs `f`, which consumes `*v` in a display; a non-iterable `v` gets CPython's
    /// message.
    pub(crate) fn star_items(
        &mut self,
        v: Value,
        f: impl FnOnce(&mut Vm) -> PyResult<()>,
    ) -> PyResult<()> {
        match f(self) {
            Err(e) if self.err_is(&e, ExcKind::TypeError) && !self.is_iterable(v) => {
                let n = self.type_name_of(v);
                Err(self.type_error(format!("Value after * must be an iterable, not {n}")))
            }
            r => r,
        }
    }

    /// CALL_STAR_EXTEND: `f(*src)` collects `src` into the argument list.
    pub(crate) fn call_star_extend(
        &mut self,
        list: Value,
        src: Value,
        func: Value,
    ) -> PyResult<()> {
        match self.list_extend(list, src) {
            Err(e) if self.err_is(&e, ExcKind::TypeError) && !self.is_iterable(src) => {
                let (f, n) = (self.callable_name(func), self.type_name_of(src));
                Err(self.type_error(format!("{f} argument after * must be an iterable, not {n}")))
            }
            r => r,
        }
    }

    /// `a, b, c = v`.
    pub fn unpack(&mut self, v: Value, n: usize) -> PyResult<Vec<Value>> {
        let items = if let Some(t) = Gc::<TupleData>::from_value(v) {
            t.items.to_vec()
        } else if let Some(l) = Gc::<ListData>::from_value(v) {
            l.snapshot()
        } else {
            let cls = self.class_of(v);
            if self.lookup_type(cls, self.names.iter).is_none()
                && self.builtin_iter(v).is_none()
                && self.lookup_type(cls, self.names.getitem).is_none()
            {
                let tn = self.type_name(cls);
                return Err(self.type_error(format!("cannot unpack non-iterable {tn} object")));
            }
            let it = self.get_iter(v)?;
            let acc = self.new_list(Vec::new());
            self.with_roots(&[it, acc], |vm| {
                let l = Gc::<ListData>::from_value(acc).expect("list");
                while let Some(x) = vm.iter_next(it)? {
                    l.push(x);
                    if l.len() > n {
                        return Err(
                            vm.value_error(format!("too many values to unpack (expected {n})"))
                        );
                    }
                }
                Ok(l.snapshot())
            })?
        };
        if items.len() > n {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        Ok(items)
    }

    /// `a, *rest, b = v`.
    pub fn unpack_ex(&mut self, v: Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        let cls = self.class_of(v);
        if !crate::objects::is_kind(v, Kind::Tuple)
            && !crate::objects::is_kind(v, Kind::List)
            && self.lookup_type(cls, self.names.iter).is_none()
            && self.builtin_iter(v).is_none()
            && self.lookup_type(cls, self.names.getitem).is_none()
        {
            let tn = self.type_name(cls);
            return Err(self.type_error(format!("cannot unpack non-iterable {tn} object")));
        }
        let items = self.collect_iterable(v)?;
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut out = items[..before].to_vec();
        let rest = items[before..items.len() - after].to_vec();
        let tail = items[items.len() - after..].to_vec();
        let all: Vec<Value> = items.clone();
        let l = self.with_roots(&all, |vm| vm.new_list(rest));
        out.push(l);
        out.extend(tail);
        Ok(out)
    }

    /// Length of a built-in container, without calling Python code.
    pub fn builtin_len(&self, v: Value) -> Option<usize> {
        match crate::objects::kind_of(v)? {
            Kind::Str => Some(Gc::<StrData>::from_value(v)?.char_len()),
            Kind::List => Some(Gc::<ListData>::from_value(v)?.len()),
            Kind::Tuple => Some(Gc::<TupleData>::from_value(v)?.items.len()),
            Kind::Dict => Some(Gc::<DictData>::from_value(v)?.len()),
            Kind::Set => Some(Gc::<SetData>::from_value(v)?.len()),
            Kind::Range => Some(
                Gc::<RangeData>::from_value(v)?
                    .len()
                    .min(usize::MAX as i128) as usize,
            ),
            Kind::DictView => {
                let view = Gc::<DictViewData>::from_value(v)?;
                Some(Gc::<DictData>::from_value(view.dict)?.len())
            }
            _ => None,
        }
    }

    /// `len(v)`.
    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        let cls = self.class_of(v);
        if !cls.has(tflags::HEAPTYPE) {
            if let Some(r) = Gc::<RangeData>::from_value(v) {
                if r.len() > i64::MAX as i128 {
                    return Err(self.overflow_error("Python int too large to convert to C ssize_t"));
                }
            }
            if let Some(n) = self.builtin_len(v) {
                return Ok(n);
            }
        }
        if let Some(f) = self.lookup_type(cls, self.names.len) {
            let r = self.call_special(f, v, &[])?;
            return self.len_result(r);
        }
        if let Some(b) = Gc::<crate::objects::InstanceData>::from_value(v) {
            if let Some(n) = self.builtin_len(b.base.get()) {
                return Ok(n);
            }
        }
        let n = self.type_name(cls);
        Err(self.type_error(format!("object of type '{n}' has no len()")))
    }

    /// Checks a `__len__` result.
    pub(crate) fn len_result(&mut self, r: Value) -> PyResult<usize> {
        // `__len__` may return any object with `__index__`.
        let i = match as_int(r) {
            Some(i) => i,
            None if self
                .lookup_type(self.class_of(r), self.names.index)
                .is_some() =>
            {
                self.to_index(r)?
            }
            None => {
                let n = self.type_name_of(r);
                return Err(
                    self.type_error(format!("'{n}' object cannot be interpreted as an integer"))
                );
            }
        };
        if i.is_negative() {
            return Err(self.value_error("__len__() should return >= 0"));
        }
        match i.to_i64() {
            Some(n) => Ok(n as usize),
            None => Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
        }
    }
}
