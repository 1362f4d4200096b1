//! Calling a class: `C(...)` creates an instance with `__new__` and initialises it with
//! `__init__`; the built-in classes have native constructors.

use crate::error::{ExcKind, PyResult};
use crate::objects::iter::IterState;
use crate::objects::typeobj::tflags;
use crate::objects::{ExceptionData, Gc, InstanceData, Kind, PropertyData, TypeData, WrapperData};
use crate::ops::int::as_int;
use crate::value::Value;
use crate::vm::Vm;
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
            if !kw.is_empty() {
                return Err(self.type_error("GenericAlias() takes no keyword arguments"));
            }
            if pos.len() != 2 {
                let n = pos.len();
                let msg = format!("GenericAlias expected 2 arguments, got {n}");
                return Err(self.type_error(msg));
            }
            return self.new_generic_alias(pos[0], pos[1]);
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

    /// CPython's error for instantiating a class with abstract methods (abc).
    fn abstract_instantiation_error(&mut self, cls: Gc<TypeData>) -> crate::error::PyErr {
        let key = self.intern("__abstractmethods__");
        let names = self.dict_get_str(cls.dict, key).unwrap_or(Value::NONE);
        let mut names: Vec<String> = match self.collect_iterable(names) {
            Ok(v) => v
                .iter()
                .map(|n| crate::ops::str_of(*n).to_string())
                .collect(),
            Err(e) => return e,
        };
        names.sort();
        let n = self.type_name(cls);
        let s = if names.len() == 1 { "" } else { "s" };
        let list = names.join(", ");
        self.type_error(format!(
            "Can't instantiate abstract class {n} with abstract method{s} {list}"
        ))
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
        let key = self.intern("__abstractmethods__");
        let is_abstract = match self.dict_get_str(cls.dict, key) {
            Some(v) => self.truthy(v).unwrap_or(false),
            None => false,
        };
        let c = crate::objects::typeobj::CtorCache {
            epoch: self.type_epoch,
            new_fn,
            init,
            object_init,
            is_abstract,
        };
        cls.ctor.set(c);
        c
    }

    /// `object.__new__(cls)`: an empty instance with the layout of `cls`.
    pub fn default_new(&mut self, cls: Gc<TypeData>, pos: &[Value]) -> PyResult<Value> {
        if cls.has(tflags::HEAPTYPE) && self.ctor_of(cls).is_abstract {
            return Err(self.abstract_instantiation_error(cls));
        }
        if cls.layout == Kind::Exception {
            let args = self.new_tuple(pos.to_vec());
            let e = self.new_exception(cls, args).value();
            if self.is_os_error_class(cls) {
                self.with_roots(&[e], |vm| vm.os_error_setup(e, pos))?;
            }
            return Ok(e);
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
            let os_error = self.is_os_error_class(cls);
            if os_error && !kw.is_empty() {
                let n = self.type_name(cls);
                return Err(self.type_error(format!("{n}() takes no keyword arguments")));
            }
            let cls = if os_error {
                self.os_error_class(cls, pos)
            } else {
                cls
            };
            let args = self.new_tuple(pos.to_vec());
            let e = self.new_exception(cls, args).value();
            if os_error {
                self.with_roots(&[e], |vm| vm.os_error_setup(e, pos))?;
            } else if !kw.is_empty() {
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
        if c == self.types.module.value() {
            // types.ModuleType(name, doc=None)
            self.arity_pos("module", pos.len(), 1, 2)?;
            let Some(n) = crate::ops::as_str(pos[0]).map(str::to_string) else {
                let t = self.type_name_of(pos[0]);
                return Err(self.type_error(format!(
                    "module.__init__() argument 'name' must be str, not {t}"
                )));
            };
            let m = self.new_module(&n, None);
            if let Some(&doc) = pos.get(1) {
                self.dict_set(m.dict, self.names.doc, doc)?;
            }
            return Ok(m.value());
        }
        if c == self.types.method.value() {
            // types.MethodType(function, instance)
            no_kw(self)?;
            self.arity_pos("method", pos.len(), 2, 2)?;
            if !self.is_callable(pos[0]) {
                return Err(self.type_error("first argument must be callable"));
            }
            if pos[1].is_none() {
                return Err(self.type_error("instance must not be None"));
            }
            let data = crate::objects::BoundMethodData {
                func: pos[0],
                receiver: pos[1],
            };
            return Ok(self.alloc(self.types.method, data).value());
        }
        Err(self.type_error(format!("cannot create '{name}' instances")))
    }

    /// A new exception instance of a built-in kind with arguments (for `ExcKind` users).
    pub fn exception_with_args(&mut self, kind: ExcKind, args: Vec<Value>) -> Gc<ExceptionData> {
        let a = self.new_tuple(args);
        self.new_exception(self.types.exc(kind), a)
    }
}
