//! Class statements with metaclasses and class keywords, and the methods of `type` that
//! metaclasses build on (`__new__`, `__init__`, `__call__`, `__prepare__`).
//!
//! `class C(*bases, metaclass=M, **kw)` follows CPython's `__build_class__`: the metaclass
//! is `M` if given, else `type`; when it is a class, the most derived of it and the
//! metaclasses of the bases wins (two unrelated ones are a conflict). Its `__prepare__`
//! makes the namespace the body runs in, then `M(name, bases, ns, **kw)` makes the class.
//! Classes made by `type` itself skip the generic call. A class is a [`TypeData`] whose
//! header names its metaclass, so `type(C)` and `isinstance(C, M)` need nothing else.

use crate::error::PyResult;
use crate::objects::function::Args;
use crate::objects::{CellData, DictData, FunctionData, Gc, TypeData};
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn install(vm: &mut Vm) {
    let t = vm.types.type_;
    vm.add_staticmethod(t, "__new__", type_new_method);
    vm.add_method(t, "__init__", type_init);
    vm.add_method(t, "__call__", type_call_method);
    vm.add_classmethod(t, "__prepare__", type_prepare);
    vm.add_method(t, "__setattr__", type_setattr);
    vm.add_method(t, "__delattr__", type_delattr);
}

fn type_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("type.__setattr__", &args, 2, 2)?;
    let t = vm.type_arg(
        args.pos[0],
        "descriptor '__setattr__' requires a 'type' object",
    )?;
    let name = super::object::intern_name(vm, args.pos[1])?;
    vm.type_setattr(t, name, args.pos[2])?;
    Ok(Value::NONE)
}

fn type_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("type.__delattr__", &args, 1, 1)?;
    let t = vm.type_arg(
        args.pos[0],
        "descriptor '__delattr__' requires a 'type' object",
    )?;
    let name = super::object::intern_name(vm, args.pos[1])?;
    vm.type_delattr(t, name)?;
    Ok(Value::NONE)
}

impl Vm {
    /// BUILD_CLASS: picks the metaclass, runs the class body in the namespace it prepares
    /// and calls it; `kw` is the dict of class keywords (or unbound).
    pub(crate) fn build_class(
        &mut self,
        body: Value,
        bases: Vec<Value>,
        kw: Value,
    ) -> PyResult<Value> {
        let func = Gc::<FunctionData>::from_value(body).expect("class body function");
        let name = self.intern(&func.code.meta.name.clone());
        let mut kw = match Gc::<DictData>::from_value(kw) {
            Some(d) => self.dict_items(d),
            None => Vec::new(),
        };
        let key = self.intern("metaclass");
        let explicit = kw
            .iter()
            .position(|(k, _)| *k == key)
            .map(|i| kw.remove(i).1);
        let mut roots: Vec<Value> = bases.clone();
        roots.extend(kw.iter().flat_map(|(k, v)| [*k, *v]));
        roots.push(body);
        roots.extend(explicit);
        self.with_roots(&roots, |vm| {
            let orig_bases = bases.clone();
            let bases = vm.resolve_bases(&orig_bases)?;
            let orig_t = if bases != orig_bases {
                vm.new_tuple(orig_bases)
            } else {
                Value::UNBOUND
            };
            vm.with_roots(&bases, |vm| {
                vm.with_roots(&[orig_t], |vm| {
                    vm.build_class_resolved(func, name, bases.clone(), kw.clone(), explicit, orig_t)
                })
            })
        })
    }

    /// PEP 560: a base that is not a class but has `__mro_entries__` (a subscripted
    /// generic) is replaced by the classes that method returns.
    fn resolve_bases(&mut self, bases: &[Value]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(bases.len());
        let key = self.intern("__mro_entries__");
        let orig = self.new_tuple(bases.to_vec());
        self.with_roots(&[orig], |vm| {
            for &b in bases {
                if Gc::<TypeData>::from_value(b).is_some() {
                    out.push(b);
                    continue;
                }
                if let Some((origin, _)) = vm.generic_alias_parts(b) {
                    out.push(origin);
                    continue;
                }
                match vm.getattr_opt(b, key)? {
                    Some(f) => {
                        let r = vm.call(f, &[orig], &[])?;
                        let Some(t) = crate::ops::unwrap_kind(r, crate::objects::Kind::Tuple)
                            .and_then(Gc::<crate::objects::TupleData>::from_value)
                        else {
                            return Err(vm.type_error("__mro_entries__ must return a tuple"));
                        };
                        out.extend(t.items.iter().copied());
                    }
                    None => out.push(b),
                }
            }
            Ok(())
        })?;
        Ok(out)
    }

    /// The rest of BUILD_CLASS once the bases are resolved; `orig_bases` (or unbound)
    /// is stored as `__orig_bases__`.
    fn build_class_resolved(
        &mut self,
        func: Gc<FunctionData>,
        name: Value,
        bases: Vec<Value>,
        kw: Vec<(Value, Value)>,
        explicit: Option<Value>,
        orig_bases: Value,
    ) -> PyResult<Value> {
        let vm = self;
        let meta = vm.calculate_meta(explicit, &bases)?;
        let plain = meta == vm.types.type_.value();
        let bases_t = vm.new_tuple(bases.clone());
        vm.with_roots(&[meta, bases_t], |vm| {
            let ns = if plain {
                vm.new_dict()
            } else {
                vm.prepare_namespace(meta, name, bases_t, &kw)?
            };
            let cell = vm.with_roots(&[ns.value()], |vm| vm.run_class_body(func, ns))?;
            if !orig_bases.is_unbound() {
                let k = vm.intern("__orig_bases__");
                vm.dict_set(ns, k, orig_bases)?;
            }
            let cls = vm.with_roots(&[ns.value(), cell], |vm| {
                if plain {
                    let t = vm.types.type_;
                    vm.make_class(name, &bases, ns, t, &kw)
                } else {
                    vm.call(meta, &[name, bases_t, ns.value()], &kw)
                }
            })?;
            if let Some(c) = Gc::<CellData>::from_value(cell) {
                c.value.set(cls);
            }
            Ok(cls)
        })
    }

    /// The metaclass of a new class: the explicit one (any callable), or the most derived
    /// of it (default `type`) and the metaclasses of the bases.
    fn calculate_meta(&mut self, explicit: Option<Value>, bases: &[Value]) -> PyResult<Value> {
        let mut winner = match explicit {
            Some(m) => match Gc::<TypeData>::from_value(m) {
                Some(t) => t,
                None => return Ok(m),
            },
            None => self.types.type_,
        };
        for &b in bases {
            let bm = self.class_of(b);
            if self.is_subclass(winner, bm) {
                continue;
            }
            if self.is_subclass(bm, winner) {
                winner = bm;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner.value())
    }

    /// `meta.__prepare__(name, bases, **kw)`; pyrite runs class bodies in dicts only.
    fn prepare_namespace(
        &mut self,
        meta: Value,
        name: Value,
        bases: Value,
        kw: &[(Value, Value)],
    ) -> PyResult<Gc<DictData>> {
        let key = self.intern("__prepare__");
        let Some(prepare) = self.getattr_opt(meta, key)? else {
            return Ok(self.new_dict());
        };
        let ns = self.call(prepare, &[name, bases], kw)?;
        match Gc::<DictData>::from_value(ns) {
            Some(d) => Ok(d),
            None => Err(self.unsupported("__prepare__ returning a mapping other than dict")),
        }
    }
}

/// `type.__new__(meta, name, bases, dict, **kw)` (or `type.__new__(type, obj)`).
fn type_new_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(&m) = args.pos.first() else {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    };
    let Some(meta) = Gc::<TypeData>::from_value(m) else {
        let n = vm.type_name_of(m);
        return Err(vm.type_error(format!("type.__new__(X): X is not a type object ({n})")));
    };
    if !vm.is_subclass(meta, vm.types.type_) {
        let n = vm.type_name(meta);
        return Err(vm.type_error(format!("type.__new__({n}): {n} is not a subtype of type")));
    }
    match args.pos.len() {
        2 if meta == vm.types.type_ && args.kw.is_empty() => Ok(vm.class_of(args.pos[1]).value()),
        4 => vm.type_new_full(meta, args.pos[1], args.pos[2], args.pos[3], args.kw),
        _ => Err(vm.type_error("type.__new__() takes exactly 3 arguments")),
    }
}

/// `type.__init__(cls, name, bases, dict, **kw)`: checks the arity only.
fn type_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !matches!(args.pos.len(), 2 | 4) {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::NONE)
}

/// `type.__call__(cls, *args, **kw)`: the default instance creation.
fn type_call_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(cls) = args
        .pos
        .first()
        .and_then(|&c| Gc::<TypeData>::from_value(c))
    else {
        return Err(vm.type_error("descriptor '__call__' requires a 'type' object"));
    };
    vm.type_call(cls, &args.pos[1..], args.kw)
}

/// `type.__prepare__(name, bases, **kw)`: an empty dict.
fn type_prepare(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_dict().value())
}
