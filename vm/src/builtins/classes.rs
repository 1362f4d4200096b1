//! Class creation (`class` statements and `type(name, bases, dict)`), the C3 method
//! resolution order, function objects, and attribute lookup through `super()`.

use crate::error::PyResult;
use crate::interp::frame::{Frame, RetTo};
use crate::objects::typeobj::tflags;
use crate::objects::{
    BoundMethodData, CodeData, DictData, FunctionData, Gc, Kind, SuperData, TupleData, TypeData,
    WrapperData,
};
use crate::value::Value;
use crate::vm::Vm;
use rustc_hash::FxHashMap as HashMap;
use std::cell::{Cell, RefCell};

impl Vm {
    /// MAKE_FUNCTION.
    pub(crate) fn make_function(
        &mut self,
        code: Value,
        globals: Gc<DictData>,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
    ) -> Value {
        let code = Gc::<CodeData>::from_value(code).expect("code constant");
        let name = self.intern(&code.meta.name.clone());
        let qualname = self.new_str(code.meta.qualname.clone());
        let doc = match &code.meta.doc {
            Some(d) => self.new_str(d.clone()),
            None => Value::NONE,
        };
        let module = self
            .dict_get_str(globals, self.names.name)
            .unwrap_or(Value::NONE);
        self.alloc(
            self.types.function,
            FunctionData {
                code,
                globals,
                name: Cell::new(name),
                qualname: Cell::new(qualname),
                defaults: Cell::new(defaults),
                kwdefaults: Cell::new(kwdefaults),
                closure,
                dict: Cell::new(Value::UNBOUND),
                doc: Cell::new(doc),
                module: Cell::new(module),
                annotations: Cell::new(Value::UNBOUND),
            },
        )
        .value()
    }

    pub(super) fn run_class_body(
        &mut self,
        func: Gc<FunctionData>,
        ns: Gc<DictData>,
    ) -> PyResult<Value> {
        let base = self.stack_top();
        self.bind_window(func, base, &[], &[])?;
        let top = self.frame_top(base, func.code.meta.nregs as usize);
        self.frames.push(Frame {
            code: func.code,
            func: func.value(),
            globals: func.globals,
            locals: ns.value(),
            base,
            top,
            pc: 0,
            ret: RetTo::Native,
            handled: Value::UNBOUND,
            generator: Value::UNBOUND,
            init_self: Value::UNBOUND,
        });
        self.run_frames(None)
    }

    /// `type(name, bases, dict)`.
    pub(crate) fn type_new(&mut self, name: Value, bases: Value, dict: Value) -> PyResult<Value> {
        let meta = self.types.type_;
        self.type_new_full(meta, name, bases, dict, &[])
    }

    /// `type.__new__(meta, name, bases, dict, **kw)`: a class whose class is `meta`; `kw`
    /// goes to `__init_subclass__`.
    pub(crate) fn type_new_full(
        &mut self,
        meta: Gc<TypeData>,
        name: Value,
        bases: Value,
        dict: Value,
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let Some(n) = crate::ops::as_str(name) else {
            return Err(self.type_error("type.__new__() argument 1 must be str"));
        };
        let n = n.to_string();
        let Some(b) = Gc::<TupleData>::from_value(bases) else {
            return Err(self.type_error("type.__new__() argument 2 must be tuple"));
        };
        let Some(d) = Gc::<DictData>::from_value(dict) else {
            return Err(self.type_error("type.__new__() argument 3 must be dict"));
        };
        let ns = self.new_dict();
        self.dict_update_from(ns, d.value())?;
        if self.dict_get_str(ns, self.names.qualname).is_none() {
            let q = self.new_str(n.as_str());
            self.dict_set(ns, self.names.qualname, q)?;
        }
        if self.dict_get_str(ns, self.names.module).is_none() {
            let m = self
                .frames
                .last()
                .and_then(|f| self.dict_get_str(f.globals, self.names.name))
                .unwrap_or(Value::NONE);
            self.dict_set(ns, self.names.module, m)?;
        }
        let name = self.intern(&n);
        let bases = b.items.to_vec();
        self.make_class(name, &bases, ns, meta, kw)
    }

    /// Creates a class object from its name, bases and namespace.
    pub(super) fn make_class(
        &mut self,
        name: Value,
        bases: &[Value],
        ns: Gc<DictData>,
        meta: Gc<TypeData>,
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let mut base_types = Vec::with_capacity(bases.len());
        for (i, &b) in bases.iter().enumerate() {
            if bases[..i].contains(&b) {
                if let Some(t) = Gc::<TypeData>::from_value(b) {
                    let n = self.type_name(t);
                    return Err(self.type_error(format!("duplicate base class {n}")));
                }
            }
            let Some(t) = Gc::<TypeData>::from_value(b) else {
                let n = self.type_name_of(b);
                return Err(self.type_error(format!("bases must be types, not {n}")));
            };
            if !t.has(tflags::BASETYPE) {
                let tn = self.type_name(t);
                return Err(self.type_error(format!("type '{tn}' is not an acceptable base type")));
            }
            base_types.push(t);
        }
        if base_types.is_empty() {
            base_types.push(self.types.object);
        }
        let mut base_layout = Kind::Instance;
        let mut is_exc = false;
        for t in &base_types {
            let l = t.base_layout.get();
            if t.has(tflags::EXCEPTION) {
                is_exc = true;
            } else if l != Kind::Instance && l != base_layout {
                if base_layout != Kind::Instance {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
                base_layout = l;
            }
        }
        if is_exc && base_layout != Kind::Instance {
            return Err(self.type_error("multiple bases have instance lay-out conflict"));
        }
        let slots = self.class_slots(name, ns, &base_types)?;
        let mro = self.c3_mro(&base_types)?;
        let qualname = match self.dict_pop(ns, self.names.qualname)? {
            Some(q) => q,
            None => name,
        };
        // A class without a docstring has `__doc__` None (not its base's).
        let doc = self.intern("__doc__");
        if self.dict_get_str(ns, doc).is_none() {
            self.dict_set(ns, doc, Value::NONE)?;
        }
        if self.dict_get_str(ns, self.names.eq).is_some()
            && self.dict_get_str(ns, self.names.hash).is_none()
        {
            self.dict_set(ns, self.names.hash, Value::NONE)?;
        }
        for special in [
            self.names.new,
            self.names.init_subclass,
            self.names.class_getitem,
        ] {
            if let Some(f) = self.dict_get_str(ns, special) {
                if crate::objects::is_kind(f, Kind::Function) {
                    let wrapper = if special == self.names.new {
                        self.types.staticmethod
                    } else {
                        self.types.classmethod
                    };
                    let w = self.alloc(wrapper, WrapperData { func: f }).value();
                    self.dict_set(ns, special, w)?;
                }
            }
        }
        let layout = if is_exc {
            Kind::Exception
        } else {
            Kind::Instance
        };
        let mut flags = tflags::HEAPTYPE | tflags::BASETYPE;
        if is_exc {
            flags |= tflags::EXCEPTION;
        }
        let t = self.alloc(
            meta,
            TypeData {
                name: Cell::new(name),
                qualname: Cell::new(qualname),
                bases: RefCell::new(base_types.iter().map(|b| b.value()).collect()),
                mro: RefCell::new(Vec::new()),
                dict: ns,
                layout,
                base_layout: Cell::new(if is_exc { Kind::Exception } else { base_layout }),
                flags: Cell::new(flags),
                cache: RefCell::new(HashMap::default()),
                cache_epoch: Cell::new(0),
                ctor: Cell::new(Default::default()),
                slots: RefCell::new(slots),
                serial: crate::objects::typeobj::next_serial(),
            },
        );
        let mut full = vec![t.value()];
        full.extend(mro);
        *t.mro.borrow_mut() = full;
        self.type_epoch += 1;
        let cls = t.value();
        self.with_roots(&[cls], |vm| {
            for (k, v) in vm.dict_items(ns) {
                let vc = vm.class_of(v);
                if vc.has(tflags::HEAPTYPE) {
                    if let Some(f) = vm.lookup_type(vc, vm.names.set_name) {
                        vm.call_special(f, v, &[cls, k])?;
                    }
                }
            }
            let parent = base_types[0];
            let sup = vm
                .alloc(
                    vm.types.super_,
                    SuperData {
                        this_class: cls,
                        obj: cls,
                        obj_type: cls,
                    },
                )
                .value();
            let _ = parent;
            if let Some(f) = vm.super_getattr(sup, vm.names.init_subclass)? {
                vm.call(f, &[], kw)?;
            }
            Ok(())
        })?;
        Ok(cls)
    }

    /// The C3 linearization of `bases` (without the new class itself).
    fn c3_mro(&mut self, bases: &[Gc<TypeData>]) -> PyResult<Vec<Value>> {
        let mut seqs: Vec<Vec<Value>> = bases.iter().map(|b| b.mro.borrow().clone()).collect();
        seqs.push(bases.iter().map(|b| b.value()).collect());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let candidate = seqs
                .iter()
                .map(|s| s[0])
                .find(|c| !seqs.iter().any(|s| s[1..].contains(c)));
            let Some(c) = candidate else {
                let names: Vec<String> = bases.iter().map(|b| self.type_name(*b)).collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution order (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            out.push(c);
            for s in seqs.iter_mut() {
                if s[0] == c {
                    s.remove(0);
                }
            }
        }
    }

    /// Attribute lookup through a `super` object: the MRO of the bound object's type, after
    /// the class `super` was made for.
    pub fn super_getattr(&mut self, sup: Value, name: Value) -> PyResult<Option<Value>> {
        let s = Gc::<SuperData>::from_value(sup).expect("super");
        let Some(start) = Gc::<TypeData>::from_value(s.obj_type) else {
            return Ok(None);
        };
        let mro = start.mro.borrow().clone();
        let pos = mro
            .iter()
            .position(|&c| c == s.this_class)
            .map_or(mro.len(), |p| p + 1);
        for &c in &mro[pos..] {
            let t = Gc::<TypeData>::from_value(c).expect("class");
            if let Some(v) = self.dict_get_str(t.dict, name) {
                let obj = s.obj;
                let obj_is_class = obj == s.obj_type;
                if crate::objects::is_kind(v, Kind::Function) && !obj_is_class {
                    return Ok(Some(
                        self.alloc(
                            self.types.method,
                            BoundMethodData {
                                func: v,
                                receiver: obj,
                            },
                        )
                        .value(),
                    ));
                }
                if let Some(b) = Gc::<crate::objects::BuiltinData>::from_value(v) {
                    if !obj_is_class && b.bound.is_unbound() && !b.owner.is_unbound() {
                        let (n, f, o) = (b.name, b.func, b.owner);
                        return Ok(Some(
                            self.alloc(
                                self.types.builtin_function,
                                crate::objects::BuiltinData {
                                    name: n,
                                    func: f,
                                    bound: obj,
                                    owner: o,
                                },
                            )
                            .value(),
                        ));
                    }
                }
                if let Some(w) = Gc::<WrapperData>::from_value(v) {
                    let wc = self.class_of(v);
                    if wc == self.types.staticmethod {
                        return Ok(Some(w.func));
                    }
                    if wc == self.types.classmethod {
                        let recv = s.obj_type;
                        return Ok(Some(
                            self.alloc(
                                self.types.method,
                                BoundMethodData {
                                    func: w.func,
                                    receiver: recv,
                                },
                            )
                            .value(),
                        ));
                    }
                }
                if let Some(p) = Gc::<crate::objects::PropertyData>::from_value(v) {
                    if !obj_is_class {
                        let g = p.fget.get();
                        return self.call(g, &[obj], &[]).map(Some);
                    }
                }
                return Ok(Some(v));
            }
        }
        Ok(None)
    }
}
