//! Calling a class: `C(...)` creates an instance with `__new__` and initialises it with
//! `__init__`; the built-in classes have native constructors.

use crate::error::{ExcKind, PyResult};
use crate::objects::iter::IterState;
use crate::objects::typeobj::tflags;
use crate::objects::{
    DictData, ExceptionData, Gc, InstanceData, Kind, PropertyData, RangeData, SuperData, TypeData,
    WrapperData,
};
use crate::ops::int::as_int;
use crate::value::Value;
use crate::vm::Vm;
use num_traits::ToPrimitive;
use std::cell::Cell;

impl Vm {
    /// `cls(*pos, **kw)`.
    pub fn type_call(
        &mut self,
        cls: Gc<TypeData>,
        pos: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        if !cls.has(tflags::HEAPTYPE) {
            return self.builtin_construct(cls, pos, kw);
        }
        if cls == self.types.union_type {
            return Err(self.type_error("cannot create 'types.UnionType' instances"));
        }
        if cls == self.types.generic_alias {
            return Err(self.unsupported("creating types.GenericAlias objects directly"));
        }
        let ctor = self.ctor_of(cls);
        let custom_new = !ctor.new_fn.is_unbound();
        let inst = if custom_new {
            let mut all = Vec::with_capacity(pos.len() + 1);
            all.push(cls.value());
            all.extend_from_slice(pos);
            self.call(ctor.new_fn, &all, kw)?
        } else if self.is_subclass(cls, self.types.type_) {
            // A metaclass without its own `__new__`: `type.__new__(cls, *pos, **kw)`.
            match pos {
                [name, bases, dict] => self.type_new_full(cls, *name, *bases, *dict, kw)?,
                _ => return Err(self.type_error("type.__new__() takes exactly 3 arguments")),
            }
        } else {
            self.default_new(cls, pos)?
        };
        if custom_new && !self.is_instance(inst, cls) {
            return Ok(inst);
        }
        // When `__new__` made an instance of a subclass, that class's `__init__` runs.
        let target = if custom_new { self.class_of(inst) } else { cls };
        self.init_instance(target, inst, pos, kw, custom_new)
    }

    /// Runs `cls.__init__(inst, *pos, **kw)` after `__new__` made `inst`.
    fn init_instance(
        &mut self,
        cls: Gc<TypeData>,
        inst: Value,
        pos: &[Value],
        kw: &[(Value, Value)],
        custom_new: bool,
    ) -> PyResult<Value> {
        let ctor = self.ctor_of(cls);
        if ctor.object_init {
            let base_builtin = !matches!(cls.base_layout.get(), Kind::Instance | Kind::Exception);
            if (!pos.is_empty() || !kw.is_empty()) && !custom_new && !base_builtin {
                let n = self.type_name(cls);
                return Err(self.type_error(format!("{n}() takes no arguments")));
            }
            return Ok(inst);
        }
        let mut all: crate::interp::call::ArgVec = smallvec::SmallVec::with_capacity(pos.len() + 1);
        all.push(inst);
        all.extend_from_slice(pos);
        let r = self.with_roots(&[inst], |vm| vm.call(ctor.init, &all, kw))?;
        if !r.is_none() {
            let n = self.type_name_of(r);
            return Err(self.type_error(format!("__init__() should return None, not '{n}'")));
        }
        Ok(inst)
    }

    /// The constructor protocol of a user class, cached per type epoch.
    pub(crate) fn ctor_of(&mut self, cls: Gc<TypeData>) -> crate::objects::typeobj::CtorCache {
        let c = cls.ctor.get();
        if c.epoch == self.type_epoch {
            return c;
        }
        let new = self.lookup_type(cls, self.names.new);
        let new_fn = match new.and_then(Gc::<WrapperData>::from_value) {
            Some(w) if crate::objects::is_kind(w.func, Kind::Builtin) => Value::UNBOUND,
            Some(w) => w.func,
            None => new.unwrap_or(Value::UNBOUND),
        };
        let init = self
            .lookup_type(cls, self.names.init)
            .expect("object defines __init__");
        let object_init = init
            == self
                .dict_get_str(self.types.object.dict, self.names.init)
                .unwrap_or(Value::UNBOUND);
        let c = crate::objects::typeobj::CtorCache {
            epoch: self.type_epoch,
            new_fn,
            init,
            object_init,
        };
        cls.ctor.set(c);
        c
    }

    /// `object.__new__(cls)`: an empty instance with the layout of `cls`.
    pub fn default_new(&mut self, cls: Gc<TypeData>, pos: &[Value]) -> PyResult<Value> {
        if cls.layout == Kind::Exception {
            let args = self.new_tuple(pos.to_vec());
            return Ok(self.new_exception(cls, args).value());
        }
        let base = match cls.base_layout.get() {
            Kind::Instance | Kind::Exception => Value::UNBOUND,
            Kind::List => self.new_list(Vec::new()),
            Kind::Dict => self.new_dict().value(),
            Kind::Set => {
                let frozen = cls.mro.borrow().contains(&self.types.frozenset.value());
                if frozen {
                    match pos.first() {
                        Some(&it) => self.make_set(it, true)?,
                        None => self.new_set_obj(Default::default(), true),
                    }
                } else {
                    self.new_set_obj(Default::default(), false)
                }
            }
            Kind::BigInt => self.construct_int(pos, &[])?,
            Kind::Float => self.construct_float(pos)?,
            Kind::Str => self.construct_str(pos, &[])?,
            Kind::Tuple => match pos.first() {
                Some(&it) => {
                    let items = self.collect_iterable(it)?;
                    self.new_tuple(items)
                }
                None => self.new_tuple(Vec::new()),
            },
            k => return Err(self.unsupported(&format!("subclassing built-in types of kind {k:?}"))),
        };
        let dict = self.new_dict();
        Ok(self
            .alloc(
                cls,
                InstanceData {
                    dict: Cell::new(dict),
                    base: Cell::new(base),
                },
            )
            .value())
    }

    fn builtin_construct(
        &mut self,
        cls: Gc<TypeData>,
        pos: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        if cls.has(tflags::EXCEPTION) {
            let args = self.new_tuple(pos.to_vec());
            let e = self.new_exception(cls, args).value();
            if !kw.is_empty() {
                self.with_roots(&[e], |vm| vm.exception_kwargs(e, kw))?;
            }
            return Ok(e);
        }
        let c = cls.value();
        let name = self.type_name(cls);
        let no_kw = |vm: &mut Vm| -> PyResult<()> {
            if kw.is_empty() {
                Ok(())
            } else {
                Err(vm.type_error(format!("{name}() takes no keyword arguments")))
            }
        };
        if c == self.types.type_.value() {
            if pos.len() == 1 && kw.is_empty() {
                return Ok(self.class_of(pos[0]).value());
            }
            if pos.len() != 3 {
                return Err(self.type_error("type() takes 1 or 3 arguments"));
            }
            return self.type_new(pos[0], pos[1], pos[2]);
        }
        if c == self.types.int.value() {
            return self.construct_int(pos, kw);
        }
        if c == self.types.float.value() {
            no_kw(self)?;
            return self.construct_float(pos);
        }
        if c == self.types.str_.value() {
            return self.construct_str(pos, kw);
        }
        if c == self.types.bool_.value() {
            no_kw(self)?;
            self.arity_pos("bool", pos.len(), 0, 1)?;
            return match pos.first() {
                Some(&v) => Ok(Value::bool(self.truthy(v)?)),
                None => Ok(Value::FALSE),
            };
        }
        if c == self.types.list.value() {
            no_kw(self)?;
            self.arity_pos("list", pos.len(), 0, 1)?;
            let items = match pos.first() {
                Some(&v) => self.collect_iterable(v)?,
                None => Vec::new(),
            };
            return Ok(self.new_list(items));
        }
        if c == self.types.tuple.value() {
            no_kw(self)?;
            self.arity_pos("tuple", pos.len(), 0, 1)?;
            return match pos.first() {
                Some(&v) if self.class_of(v) == self.types.tuple => Ok(v),
                Some(&v) => {
                    let items = self.collect_iterable(v)?;
                    Ok(self.new_tuple(items))
                }
                None => Ok(self.new_tuple(Vec::new())),
            };
        }
        if c == self.types.dict.value() {
            self.arity_pos("dict", pos.len(), 0, 1)?;
            let d = self.new_dict();
            self.with_roots(&[d.value()], |vm| {
                if let Some(&src) = pos.first() {
                    vm.dict_update_from(d, src)?;
                }
                for &(k, v) in kw {
                    vm.dict_set(d, k, v)?;
                }
                Ok(d.value())
            })?;
            return Ok(d.value());
        }
        if c == self.types.set.value() || c == self.types.frozenset.value() {
            no_kw(self)?;
            self.arity_pos(
                if c == self.types.set.value() {
                    "set"
                } else {
                    "frozenset"
                },
                pos.len(),
                0,
                1,
            )?;
            let frozen = c == self.types.frozenset.value();
            return match pos.first() {
                Some(&v) if frozen && self.class_of(v) == self.types.frozenset => Ok(v),
                Some(&v) => self.make_set(v, frozen),
                None => Ok(self.new_set_obj(Default::default(), frozen)),
            };
        }
        if c == self.types.range.value() {
            no_kw(self)?;
            return self.construct_range(pos);
        }
        if c == self.types.slice.value() {
            no_kw(self)?;
            self.arity_pos("slice", pos.len(), 1, 3)?;
            let (a, b, s) = match pos.len() {
                1 => (Value::NONE, pos[0], Value::NONE),
                2 => (pos[0], pos[1], Value::NONE),
                _ => (pos[0], pos[1], pos[2]),
            };
            return Ok(self.new_slice(a, b, s));
        }
        if c == self.types.object.value() {
            if !pos.is_empty() || !kw.is_empty() {
                return Err(self.type_error("object() takes no arguments"));
            }
            let dict = self.new_dict();
            return Ok(self
                .alloc(
                    cls,
                    InstanceData {
                        dict: Cell::new(dict),
                        base: Cell::new(Value::UNBOUND),
                    },
                )
                .value());
        }
        if c == self.types.property.value() {
            let get = |i: usize, n: &str, vm: &Vm| {
                vm.arg_or_kw(&crate::objects::function::Args { pos, kw }, i, n)
                    .unwrap_or(Value::NONE)
            };
            let (fget, fset, fdel, doc) = (
                get(0, "fget", self),
                get(1, "fset", self),
                get(2, "fdel", self),
                get(3, "doc", self),
            );
            let doc = if doc.is_none() && !fget.is_none() {
                self.getattr_opt(fget, self.names.doc)?
                    .unwrap_or(Value::NONE)
            } else {
                doc
            };
            return Ok(self
                .alloc(
                    cls,
                    PropertyData {
                        fget: Cell::new(fget),
                        fset: Cell::new(fset),
                        fdel: Cell::new(fdel),
                        doc: Cell::new(doc),
                    },
                )
                .value());
        }
        if c == self.types.staticmethod.value() || c == self.types.classmethod.value() {
            no_kw(self)?;
            self.arity_pos(&name, pos.len(), 1, 1)?;
            return Ok(self.alloc(cls, WrapperData { func: pos[0] }).value());
        }
        if c == self.types.super_.value() {
            return self.construct_super(pos);
        }
        if c == self.types.enumerate.value() {
            let a = crate::objects::function::Args { pos, kw };
            self.only_kwargs("enumerate", &a, &["iterable", "start"])?;
            let Some(iterable) = self.arg_or_kw(&a, 0, "iterable") else {
                return Err(
                    self.type_error("enumerate() missing required argument 'iterable' (pos 1)")
                );
            };
            let start = self.arg_or_kw(&a, 1, "start").unwrap_or(Value::small(0));
            if as_int(start).is_none() {
                let n = self.type_name_of(start);
                return Err(
                    self.type_error(format!("'{n}' object cannot be interpreted as an integer"))
                );
            }
            let it = self.get_iter(iterable)?;
            return Ok(self.new_iter(cls, IterState::Enumerate { it, count: start }));
        }
        if c == self.types.zip.value() {
            let mut strict = false;
            for &(k, v) in kw {
                if crate::ops::str_of(k) != "strict" {
                    let k = crate::ops::str_of(k).to_string();
                    return Err(
                        self.type_error(format!("'{k}' is an invalid keyword argument for zip()"))
                    );
                }
                strict = self.truthy(v)?;
            }
            let mut its = Vec::with_capacity(pos.len());
            for &p in pos {
                let it = self.with_roots(&its.clone(), |vm| vm.get_iter(p))?;
                its.push(it);
            }
            return Ok(self.new_iter(cls, IterState::Zip { its, strict }));
        }
        if c == self.types.map.value() {
            no_kw(self)?;
            if pos.len() < 2 {
                return Err(self.type_error("map() must have at least two arguments."));
            }
            let mut its = Vec::with_capacity(pos.len() - 1);
            for &p in &pos[1..] {
                let it = self.with_roots(&its.clone(), |vm| vm.get_iter(p))?;
                its.push(it);
            }
            return Ok(self.new_iter(cls, IterState::Map { func: pos[0], its }));
        }
        if c == self.types.filter.value() {
            no_kw(self)?;
            self.arity_pos("filter", pos.len(), 2, 2)?;
            let it = self.get_iter(pos[1])?;
            return Ok(self.new_iter(cls, IterState::Filter { func: pos[0], it }));
        }
        if c == self.types.reversed.value() {
            no_kw(self)?;
            if pos.len() != 1 {
                let n = pos.len();
                return Err(self.type_error(format!("reversed expected 1 argument, got {n}")));
            }
            return self.reversed(pos[0]);
        }
        if c == self.types.none.value() {
            return Ok(Value::NONE);
        }
        Err(self.type_error(format!("cannot create '{name}' instances")))
    }

    /// `reversed(seq)`.
    pub fn reversed(&mut self, seq: Value) -> PyResult<Value> {
        let cls = self.class_of(seq);
        if cls.has(tflags::HEAPTYPE) {
            if let Some(f) = self.lookup_type(cls, self.names.reversed) {
                if f.is_none() {
                    // `__reversed__ = None` blocks the protocol.
                    let n = self.type_name(cls);
                    return Err(self.type_error(format!("'{n}' object is not reversible")));
                }
                return self.call_special(f, seq, &[]);
            }
        }
        match crate::objects::kind_of(seq) {
            Some(Kind::List) | Some(Kind::Tuple) | Some(Kind::Str) => {
                let n = self.builtin_len(seq).expect("sized") as isize;
                let c = if crate::objects::is_kind(seq, Kind::List) {
                    self.types.list_reverseiterator
                } else {
                    self.types.reversed
                };
                return Ok(self.new_iter(c, IterState::ReversedSeq { seq, next: n - 1 }));
            }
            Some(Kind::Range) => {
                let r = Gc::<RangeData>::from_value(seq).expect("range");
                let n = r.len();
                let (start, step) = (r.item(n - 1), -r.step);
                let stop = start + step * n;
                return Ok(self.new_iter(
                    self.types.range_iterator,
                    IterState::Range {
                        next: start,
                        stop,
                        step,
                    },
                ));
            }
            Some(Kind::Dict) | Some(Kind::DictView) => {
                let (d, part) = match Gc::<crate::objects::DictViewData>::from_value(seq) {
                    Some(v) => (v.dict, v.part),
                    None => (seq, crate::objects::iter::DictPart::Keys),
                };
                let dd = Gc::<DictData>::from_value(d).expect("dict");
                let (end, len) = (dd.table.borrow().entries_end(), dd.len());
                let cls = match part {
                    crate::objects::iter::DictPart::Keys => self.types.dict_reversekeyiterator,
                    crate::objects::iter::DictPart::Values => self.types.dict_reversevalueiterator,
                    crate::objects::iter::DictPart::Items => self.types.dict_reverseitemiterator,
                };
                return Ok(self.new_iter(
                    cls,
                    IterState::DictReversed {
                        dict: d,
                        end,
                        part,
                        len,
                    },
                ));
            }
            _ => {}
        }
        if let Some(f) = self.lookup_type(cls, self.names.reversed) {
            return self.call_special(f, seq, &[]);
        }
        // The sequence protocol, for user classes (the built-in sequences are handled above).
        let indexable = match self.lookup_type(cls, self.names.getitem) {
            Some(f) if self.is_builtin_slot(f) => [Kind::List, Kind::Tuple, Kind::Str]
                .into_iter()
                .any(|k| crate::ops::unwrap_kind(seq, k).is_some()),
            found => found.is_some(),
        };
        if cls.has(tflags::HEAPTYPE) && indexable && self.lookup_type(cls, self.names.len).is_some()
        {
            let n = self.len(seq)? as i64;
            return Ok(self.new_iter(
                self.types.reversed,
                IterState::GetItem {
                    obj: seq,
                    index: n - 1,
                    step: -1,
                },
            ));
        }
        let n = self.type_name(cls);
        Err(self.type_error(format!("'{n}' object is not reversible")))
    }

    fn construct_range(&mut self, pos: &[Value]) -> PyResult<Value> {
        if pos.is_empty() {
            return Err(self.type_error("range expected at least 1 argument, got 0"));
        }
        if pos.len() > 3 {
            return Err(self.type_error(format!(
                "range expected at most 3 arguments, got {}",
                pos.len()
            )));
        }
        let mut vals = [0i128; 3];
        for (i, &p) in pos.iter().enumerate() {
            let idx = self.to_index(p)?;
            vals[i] = match idx
                .to_big()
                .to_i128()
                .filter(|x| x.unsigned_abs() < (1u128 << 100))
            {
                Some(x) => x,
                None => return Err(self.unsupported("ranges with bounds beyond 100-bit integers")),
            };
        }
        let (start, stop, step) = match pos.len() {
            1 => (0, vals[0], 1),
            2 => (vals[0], vals[1], 1),
            _ => (vals[0], vals[1], vals[2]),
        };
        if step == 0 {
            return Err(self.value_error("range() arg 3 must not be zero"));
        }
        Ok(self
            .alloc(self.types.range, RangeData { start, stop, step })
            .value())
    }

    fn construct_super(&mut self, pos: &[Value]) -> PyResult<Value> {
        let (this, obj) = match pos.len() {
            0 => self.zero_arg_super()?,
            1 => (pos[0], Value::UNBOUND),
            2 => (pos[0], pos[1]),
            n => {
                return Err(
                    self.type_error(format!("super() takes at most 2 arguments ({n} given)"))
                )
            }
        };
        let Some(this_t) = Gc::<TypeData>::from_value(this) else {
            let n = self.type_name_of(this);
            return Err(self.type_error(format!("super() argument 1 must be a type, not {n}")));
        };
        let obj_type = if obj.is_unbound() {
            Value::UNBOUND
        } else if let Some(t) =
            Gc::<TypeData>::from_value(obj).filter(|t| self.is_subclass(*t, this_t))
        {
            t.value()
        } else {
            let c = self.class_of(obj);
            if !self.is_subclass(c, this_t) {
                return Err(
                    self.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
            c.value()
        };
        Ok(self
            .alloc(
                self.types.super_,
                SuperData {
                    this_class: this,
                    obj,
                    obj_type,
                },
            )
            .value())
    }

    /// `super()` with no arguments: the `__class__` cell and first argument of the caller.
    fn zero_arg_super(&mut self) -> PyResult<(Value, Value)> {
        let Some(frame) = self.frames.last() else {
            return Err(self.runtime_error("super(): no arguments"));
        };
        let code = frame.code;
        let base = frame.base;
        if code.meta.argcount == 0 && code.meta.flags & crate::objects::code::flags::VARARGS == 0 {
            return Err(self.runtime_error("super(): no arguments"));
        }
        let Some(j) = code.meta.freevars.iter().position(|n| n == "__class__") else {
            return Err(self.runtime_error("super(): __class__ cell not found"));
        };
        let cell = self.stack[base + code.meta.varnames.len() + j];
        let cls = Gc::<crate::objects::CellData>::from_value(cell)
            .map(|c| c.value.get())
            .unwrap_or(Value::UNBOUND);
        if cls.is_unbound() {
            return Err(self.runtime_error("super(): empty __class__ cell"));
        }
        let mut first = self.stack[base];
        if let Some(c) = Gc::<crate::objects::CellData>::from_value(first) {
            if code.meta.cellvars.first() == code.meta.varnames.first() {
                first = c.value.get();
            }
        }
        if first.is_unbound() {
            return Err(self.runtime_error("super(): arg[0] deleted"));
        }
        Ok((cls, first))
    }

    /// `int(x=0, base=10)`.
    pub fn construct_int(&mut self, pos: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        let a = crate::objects::function::Args { pos, kw };
        self.only_kwargs("int", &a, &["base"])?;
        if pos.len() > 2 {
            let n = pos.len();
            return Err(self.type_error(format!("int() takes at most 2 arguments ({n} given)")));
        }
        let base = self.arg_or_kw(&a, 1, "base");
        let Some(x) = pos.first().copied() else {
            if base.is_some() {
                return Err(self.type_error("int() missing string argument"));
            }
            return Ok(Value::small(0));
        };
        if let Some(b) = base {
            let b = self.to_i64_index(b)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(self.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let Some(s) = crate::ops::as_str(x) else {
                return Err(self.type_error("int() can't convert non-string with explicit base"));
            };
            let s = s.to_string();
            return self.parse_int(&s, b as u32);
        }
        self.to_int(x)
    }

    /// Converts a value to int (`int(x)`).
    pub fn to_int(&mut self, x: Value) -> PyResult<Value> {
        if let Some(i) = as_int(x) {
            if !self.class_of(x).has(tflags::HEAPTYPE)
                || self
                    .lookup_type(self.class_of(x), self.names.int_)
                    .is_none()
            {
                let b = i.to_big().into_owned();
                return Ok(self.int_from_big(b));
            }
        }
        if let Some(f) = crate::ops::float::as_float(x) {
            if f.is_nan() {
                return Err(self.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(self.overflow_error("cannot convert float infinity to integer"));
            }
            let t = f.trunc();
            if t.abs() < 9.0e18 {
                return Ok(self.new_int(t as i64));
            }
            let big =
                <num_bigint::BigInt as num_traits::FromPrimitive>::from_f64(t).expect("finite");
            return Ok(self.int_from_big(big));
        }
        if let Some(s) = crate::ops::as_str(x) {
            let s = s.to_string();
            return self.parse_int(&s, 10);
        }
        let cls = self.class_of(x);
        for name in [self.names.int_, self.names.index] {
            if let Some(f) = self.lookup_type(cls, name) {
                let r = self.call_special(f, x, &[])?;
                if as_int(r).is_some() {
                    return Ok(r);
                }
                let n = self.type_name_of(r);
                return Err(self.type_error(format!("__int__ returned non-int (type {n})")));
            }
        }
        let trunc = self.intern("__trunc__");
        if let Some(f) = self.lookup_type(cls, trunc) {
            return self.call_special(f, x, &[]);
        }
        let n = self.type_name(cls);
        Err(self.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{n}'"
        )))
    }

    /// Parses an int literal in `base` (0: infer from prefix), as `int(s, base)`.
    pub fn parse_int(&mut self, s: &str, base: u32) -> PyResult<Value> {
        let err = |vm: &mut Vm| {
            let r = crate::ops::repr::str_repr(s);
            vm.value_error(format!("invalid literal for int() with base {base}: {r}"))
        };
        let converted = crate::ops::unicode_digits::ascii_digits(s.trim());
        let t = converted.as_ref();
        let (neg, body) = match t.strip_prefix('-') {
            Some(r) => (true, r),
            None => (false, t.strip_prefix('+').unwrap_or(t)),
        };
        let lower = body.to_ascii_lowercase();
        let (radix, digits, prefixed) = match (base, lower.get(..2)) {
            (0 | 16, Some("0x")) => (16, &body[2..], true),
            (0 | 8, Some("0o")) => (8, &body[2..], true),
            (0 | 2, Some("0b")) => (2, &body[2..], true),
            (0, _) => {
                if body.len() > 1
                    && body.starts_with('0')
                    && body.chars().any(|c| c != '0' && c != '_')
                {
                    return Err(err(self));
                }
                (10, body, false)
            }
            (b, _) => (b, body, false),
        };
        let base = radix;
        let digits = if prefixed {
            digits.strip_prefix('_').unwrap_or(digits)
        } else {
            digits
        };
        if digits.is_empty()
            || digits.starts_with('_')
            || digits.ends_with('_')
            || digits.contains("__")
        {
            return Err(err(self));
        }
        let clean: String = digits.chars().filter(|&c| c != '_').collect();
        if !clean.chars().all(|c| c.is_digit(base)) {
            return Err(err(self));
        }
        self.check_int_parse_digits(clean.len(), base)?;
        let Some(mut v) = num_bigint::BigInt::parse_bytes(clean.as_bytes(), base) else {
            return Err(err(self));
        };
        if neg {
            v = -v;
        }
        Ok(self.int_from_big(v))
    }

    /// `float(x=0.0)`.
    pub fn construct_float(&mut self, pos: &[Value]) -> PyResult<Value> {
        self.arity_pos("float", pos.len(), 0, 1)?;
        let Some(&x) = pos.first() else {
            return Ok(self.new_float(0.0));
        };
        let f = self.to_f64(x)?;
        Ok(self.new_float(f))
    }

    /// Converts to a Python float value (`float(x)`).
    pub fn to_f64(&mut self, x: Value) -> PyResult<f64> {
        if let Some(f) = crate::ops::float::as_float(x) {
            return Ok(f);
        }
        if let Some(i) = as_int(x) {
            return self.int_to_f64(&i);
        }
        if let Some(s) = crate::ops::as_str(x) {
            let converted = crate::ops::unicode_digits::ascii_digits(s.trim());
            let t = converted.as_ref();
            let clean: String = t.chars().filter(|&c| c != '_').collect();
            let ok_underscores = !t.starts_with('_') && !t.ends_with('_') && !t.contains("__");
            let lower = clean.to_ascii_lowercase();
            let unsigned = lower.strip_prefix(['+', '-']).unwrap_or(&lower);
            let parsed = match unsigned {
                "inf" | "infinity" => Some(if lower.starts_with('-') {
                    f64::NEG_INFINITY
                } else {
                    f64::INFINITY
                }),
                "nan" => Some(f64::NAN),
                _ if ok_underscores && !lower.contains("inf") && !lower.contains("nan") => {
                    clean.parse::<f64>().ok()
                }
                _ => None,
            };
            return match parsed {
                Some(f) => Ok(f),
                None => {
                    let r = crate::ops::repr::str_repr(s);
                    Err(self.value_error(format!("could not convert string to float: {r}")))
                }
            };
        }
        let cls = self.class_of(x);
        for name in [self.names.float_, self.names.index] {
            if let Some(f) = self.lookup_type(cls, name) {
                let r = self.call_special(f, x, &[])?;
                if let Some(v) = crate::ops::float::as_float(r) {
                    return Ok(v);
                }
                if let Some(i) = as_int(r) {
                    return self.int_to_f64(&i);
                }
                return Err(self.type_error("__float__ returned non-float"));
            }
        }
        let n = self.type_name(cls);
        Err(self.type_error(format!(
            "float() argument must be a string or a real number, not '{n}'"
        )))
    }

    /// `str(x='')`.
    pub fn construct_str(&mut self, pos: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        let object = self.intern("object");
        let (pos, kw): (Vec<Value>, &[(Value, Value)]) = match kw {
            [(k, v)] if *k == object && pos.is_empty() => (vec![*v], &[]),
            _ => (pos.to_vec(), kw),
        };
        if !kw.is_empty() || pos.len() > 1 {
            return Err(self.unsupported("str() with an encoding (bytes are not supported)"));
        }
        match pos.first() {
            Some(&v) => self.str_value(v),
            None => Ok(self.intern("")),
        }
    }

    /// A new exception instance of a built-in kind with arguments (for `ExcKind` users).
    pub fn exception_with_args(&mut self, kind: ExcKind, args: Vec<Value>) -> Gc<ExceptionData> {
        let a = self.new_tuple(args);
        self.new_exception(self.types.exc(kind), a)
    }
}
