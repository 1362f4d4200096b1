//! Consuming iterables: collecting them, extending lists (live, as CPython), unpacking
//! into targets (`a, *b = v`), `*v` in displays and calls, and `len()`.

use super::int::as_int;
use crate::error::{ExcKind, PyResult};
use crate::objects::typeobj::tflags;
use crate::objects::{
    DictData, DictViewData, Gc, Kind, ListData, RangeData, SetData, StrData, TupleData,
};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
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
