//! Attribute access: `obj.name`, `obj.name = v`, `del obj.name`, and the method lookup
//! behind `obj.name(...)`.
//!
//! Lookup on a class walks its MRO once per (class, name) and caches the result in the
//! class; any store into any class namespace bumps the VM's type epoch and so empties all
//! caches. Names used as cache keys are always interned strings (which live as long as the
//! VM), so a key can never be reused by a different string.
//!
//! `load_method` avoids allocating a bound method for `obj.meth(...)`: when the class
//! attribute is a plain function (or a native method) and the instance does not shadow it,
//! it returns the function and `obj` separately, and CALL_METHOD passes `obj` as the first
//! argument.

use crate::error::{ExcKind, PyResult};
use crate::objects::typeobj::tflags;
use crate::objects::{
    BoundMethodData, BuiltinData, DictData, ExceptionData, FunctionData, Gc, InstanceData, Kind,
    ModuleData, PropertyData, TypeData, WrapperData,
};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// The attribute `name` (interned) found on `cls` or its bases, without descriptors.
    pub fn lookup_type(&mut self, cls: Gc<TypeData>, name: Value) -> Option<Value> {
        if cls.cache_epoch.get() != self.type_epoch {
            cls.cache.borrow_mut().clear();
            cls.cache_epoch.set(self.type_epoch);
        }
        if let Some(&v) = cls.cache.borrow().get(&name.raw()) {
            return if v.is_unbound() { None } else { Some(v) };
        }
        let mut found = Value::UNBOUND;
        let mro = cls.mro.borrow().clone();
        for t in mro {
            let t = Gc::<TypeData>::from_value(t).expect("mro holds classes");
            if let Some(v) = self.dict_get_str(t.dict, name) {
                found = v;
                break;
            }
        }
        cls.cache.borrow_mut().insert(name.raw(), found);
        if found.is_unbound() {
            None
        } else {
            Some(found)
        }
    }

    /// `obj.name`.
    pub fn getattr(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        match self.getattr_inner(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// `obj.name`, or `None` if it raises AttributeError.
    pub fn getattr_opt(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        match self.getattr_inner(obj, name) {
            Ok(v) => Ok(v),
            Err(e) if self.err_is(&e, ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn getattr_inner(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        if let Some(t) = Gc::<TypeData>::from_value(obj) {
            return self.type_getattr(t, name);
        }
        if let Some(m) = Gc::<ModuleData>::from_value(obj) {
            if let Some(v) = self.dict_get_str(m.dict, name) {
                return Ok(Some(v));
            }
            if crate::ops::str_eq(name, self.names.dict) {
                return Ok(Some(m.dict.value()));
            }
            // PEP 562: a module-level `__getattr__` supplies missing attributes.
            if let Some(f) = self.dict_get_str(m.dict, self.names.getattr) {
                return self.call(f, &[name], &[]).map(Some);
            }
            return Ok(None);
        }
        if crate::objects::is_kind(obj, Kind::Super) {
            if let Some(v) = self.super_getattr(obj, name)? {
                return Ok(Some(v));
            }
        }
        let cls = self.class_of(obj);
        if cls.has(tflags::HEAPTYPE) {
            if let Some(gab) = self.custom_getattribute(cls) {
                let r = self.call_special(gab, obj, &[name]);
                return match r {
                    Err(e) if self.err_is(&e, ExcKind::AttributeError) => {
                        match self.lookup_type(cls, self.names.getattr) {
                            Some(ga) => self.call_special(ga, obj, &[name]).map(Some),
                            None => Err(e),
                        }
                    }
                    r => r.map(Some),
                };
            }
            if let Some(ga) = self.lookup_type(cls, self.names.getattr) {
                // `__getattr__` runs when the normal lookup fails with AttributeError,
                // including one raised by a property or descriptor.
                match self.generic_getattr(obj, name, cls) {
                    Ok(Some(v)) => return Ok(Some(v)),
                    Ok(None) => {}
                    Err(e) if self.err_is(&e, ExcKind::AttributeError) => {}
                    Err(e) => return Err(e),
                }
                return self.call_special(ga, obj, &[name]).map(Some);
            }
        }
        self.generic_getattr(obj, name, cls)
    }

    /// A user class's own `__getattribute__` (one not inherited from `object`).
    pub(crate) fn custom_getattribute(&mut self, cls: Gc<TypeData>) -> Option<Value> {
        if !cls.has(tflags::HEAPTYPE) {
            return None;
        }
        let f = self.lookup_type(cls, self.names.getattribute)?;
        (!self.is_builtin_slot(f)).then_some(f)
    }

    /// `object.__getattribute__`: data descriptors on the class, then the instance's own
    /// attributes, then other class attributes (bound).
    pub(crate) fn generic_getattr(
        &mut self,
        obj: Value,
        name: Value,
        cls: Gc<TypeData>,
    ) -> PyResult<Option<Value>> {
        let descr = self.lookup_type(cls, name);
        if let Some(d) = descr {
            if let Some(p) = Gc::<PropertyData>::from_value(d) {
                let fget = p.fget.get();
                if fget.is_none() || fget.is_unbound() {
                    let (n, t) = (crate::ops::str_of(name).to_string(), self.type_name(cls));
                    return Err(self
                        .attribute_error(format!("property '{n}' of '{t}' object has no getter")));
                }
                return self.call(fget, &[obj], &[]).map(Some);
            }
            if cls.has(tflags::HEAPTYPE) && self.is_data_descriptor(d) {
                // A data descriptor without `__get__` yields to the instance dictionary.
                if let Some(get) = self.lookup_type(self.class_of(d), self.names.get) {
                    return self.call(get, &[d, obj, cls.value()], &[]).map(Some);
                }
            }
        }
        if let Some(v) = self.instance_attr(obj, name)? {
            return Ok(Some(v));
        }
        if let Some(d) = descr {
            return self.bind_descriptor(d, obj, cls).map(Some);
        }
        Ok(None)
    }

    /// Attributes stored in the object itself (instance dict, function dict, special
    /// attributes of built-in objects).
    fn instance_attr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        if let Some(i) = Gc::<InstanceData>::from_value(obj) {
            if let Some(v) = self.dict_get_str(i.dict.get(), name) {
                return Ok(Some(v));
            }
            if crate::ops::str_eq(name, self.names.dict) {
                let cls = self.class_of(obj);
                if cls.slots.borrow().is_some() {
                    return Ok(None);
                }
                return Ok(Some(i.dict.get().value()));
            }
            if crate::ops::str_eq(name, self.names.class) {
                return Ok(Some(self.class_of(obj).value()));
            }
            return Ok(None);
        }
        if let Some(e) = Gc::<ExceptionData>::from_value(obj) {
            if let Some(d) = Gc::<DictData>::from_value(e.dict.get()) {
                if let Some(v) = self.dict_get_str(d, name) {
                    return Ok(Some(v));
                }
            }
        }
        if crate::ops::str_eq(name, self.names.class) {
            return Ok(Some(self.class_of(obj).value()));
        }
        crate::builtins::attrs::special_attr(self, obj, name)
    }

    /// Attribute lookup on a class object.
    fn type_getattr(&mut self, t: Gc<TypeData>, name: Value) -> PyResult<Option<Value>> {
        if let Some(v) = self.lookup_type(t, name) {
            if let Some(w) = Gc::<WrapperData>::from_value(v) {
                let wc = self.class_of(v);
                if wc == self.types.staticmethod {
                    return Ok(Some(w.func));
                }
                if wc == self.types.classmethod {
                    return Ok(Some(
                        self.alloc(
                            self.types.method,
                            BoundMethodData {
                                func: w.func,
                                receiver: t.value(),
                            },
                        )
                        .value(),
                    ));
                }
            }
            let vc = self.class_of(v);
            if vc.has(tflags::HEAPTYPE) && !crate::objects::is_kind(v, Kind::Type) {
                if let Some(get) = self.lookup_type(vc, self.names.get) {
                    return self.call(get, &[v, Value::NONE, t.value()], &[]).map(Some);
                }
            }
            return Ok(Some(v));
        }
        if let Some(v) = crate::builtins::attrs::type_special_attr(self, t, name)? {
            return Ok(Some(v));
        }
        let meta = self.class_of(t.value());
        if let Some(v) = self.lookup_type(meta, name) {
            return self.bind_descriptor(v, t.value(), meta).map(Some);
        }
        Ok(None)
    }

    /// The AttributeError for a missing attribute.
    pub fn no_attribute(&mut self, obj: Value, name: Value) -> crate::error::PyErr {
        let n = crate::ops::str_of(name).to_string();
        if let Some(t) = Gc::<TypeData>::from_value(obj) {
            let tn = self.type_name(t);
            let err = self.attribute_error(format!("type object '{tn}' has no attribute '{n}'"));
            self.set_hint(
                &err,
                crate::objects::exception::Hint::Attribute { obj, name },
            );
            return err;
        }
        if let Some(m) = Gc::<ModuleData>::from_value(obj) {
            let mn = crate::ops::str_of(m.name).to_string();
            let err = self.attribute_error(format!("module '{mn}' has no attribute '{n}'"));
            self.set_hint(
                &err,
                crate::objects::exception::Hint::Attribute { obj, name },
            );
            return err;
        }
        let tn = self.type_name_of(obj);
        let err = self.attribute_error(format!("'{tn}' object has no attribute '{n}'"));
        self.set_hint(
            &err,
            crate::objects::exception::Hint::Attribute { obj, name },
        );
        err
    }

    /// `(function, self)` for a method call, or `(attribute, unbound)`.
    pub fn load_method(&mut self, obj: Value, name: Value) -> PyResult<(Value, Value)> {
        let cls = self.class_of(obj);
        let special = [Kind::Type, Kind::Module, Kind::Super];
        if !special.iter().any(|&k| crate::objects::is_kind(obj, k))
            && self.custom_getattribute(cls).is_none()
        {
            if let Some(d) = self.lookup_type(cls, name) {
                let plain = crate::objects::is_kind(d, Kind::Function)
                    || Gc::<BuiltinData>::from_value(d)
                        .is_some_and(|b| b.bound.is_unbound() && !b.owner.is_unbound());
                if plain {
                    let shadowed = match Gc::<InstanceData>::from_value(obj) {
                        Some(i) => self.dict_get_str(i.dict.get(), name).is_some(),
                        None => false,
                    };
                    if !shadowed {
                        return Ok((d, obj));
                    }
                }
            }
        }
        Ok((self.getattr(obj, name)?, Value::UNBOUND))
    }

    /// `type.__delattr__(cls, name)`.
    pub fn type_delattr(&mut self, t: Gc<TypeData>, name: Value) -> PyResult<()> {
        if !t.has(tflags::HEAPTYPE) {
            let (n, tn) = (crate::ops::str_of(name).to_string(), self.type_name(t));
            return Err(self.type_error(format!(
                "cannot set '{n}' attribute of immutable type '{tn}'"
            )));
        }
        self.type_epoch += 1;
        if self.dict_del(t.dict, name)? {
            return Ok(());
        }
        Err(self.no_attribute(t.value(), name))
    }

    /// `obj.name = value`.
    pub fn setattr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        if let Some(t) = Gc::<TypeData>::from_value(obj) {
            if let Some(f) = self.metaclass_hook(obj, self.names.setattr) {
                self.call_special(f, obj, &[name, value])?;
                return Ok(());
            }
            return self.type_setattr(t, name, value);
        }
        if let Some(m) = Gc::<ModuleData>::from_value(obj) {
            return self.dict_set(m.dict, name, value);
        }
        let cls = self.class_of(obj);
        if cls.has(tflags::HEAPTYPE) {
            if let Some(f) = self.lookup_type(cls, self.names.setattr) {
                if !crate::objects::is_kind(f, Kind::Builtin) {
                    self.call_special(f, obj, &[name, value])?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, name, value)
    }

    /// A user metaclass's own `__setattr__`/`__delattr__` for class object `cls`.
    fn metaclass_hook(&mut self, cls: Value, name: Value) -> Option<Value> {
        let meta = self.class_of(cls);
        if !meta.has(tflags::HEAPTYPE) {
            return None;
        }
        self.lookup_type(meta, name)
            .filter(|f| !crate::objects::is_kind(*f, Kind::Builtin))
    }

    /// `type.__setattr__(cls, name, value)`: stores into the class's namespace.
    pub fn type_setattr(&mut self, t: Gc<TypeData>, name: Value, value: Value) -> PyResult<()> {
        {
            if !t.has(tflags::HEAPTYPE) {
                let (n, tn) = (crate::ops::str_of(name).to_string(), self.type_name(t));
                return Err(self.type_error(format!(
                    "cannot set '{n}' attribute of immutable type '{tn}'"
                )));
            }
            if crate::builtins::attrs::set_type_special(self, t, name, value)? {
                return Ok(());
            }
            self.type_epoch += 1;
            self.dict_set(t.dict, name, value)
        }
    }

    /// `object.__setattr__`: descriptors, then the instance's own storage.
    pub fn generic_setattr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        let cls = self.class_of(obj);
        let found = self.lookup_type(cls, name);
        if let Some(d) = found {
            if let Some(p) = Gc::<PropertyData>::from_value(d) {
                let fset = p.fset.get();
                if fset.is_none() || fset.is_unbound() {
                    let (n, t) = (crate::ops::str_of(name).to_string(), self.type_name(cls));
                    return Err(self
                        .attribute_error(format!("property '{n}' of '{t}' object has no setter")));
                }
                self.call(fset, &[obj, value], &[])?;
                return Ok(());
            }
            let dc = self.class_of(d);
            if dc.has(tflags::HEAPTYPE) {
                if let Some(set) = self.lookup_type(dc, self.names.set) {
                    self.call_special(set, d, &[obj, value])?;
                    return Ok(());
                }
            }
        }
        let heap = cls.has(tflags::HEAPTYPE);
        if heap && !self.slot_allows(cls, name) {
            let (n, t) = (crate::ops::str_of(name).to_string(), self.type_name(cls));
            return Err(self.attribute_error(format!("'{t}' object has no attribute '{n}'")));
        }
        if let Some(i) = Gc::<InstanceData>::from_value(obj).filter(|_| heap) {
            if crate::ops::str_eq(name, self.names.class) {
                return self.set_class(obj, value);
            }
            if crate::ops::str_eq(name, self.names.dict) {
                // Inline caches check the key at the cached position, so a swapped dict
                // needs no invalidation.
                return match Gc::<DictData>::from_value(value) {
                    Some(d) => {
                        i.dict.set(d);
                        Ok(())
                    }
                    None => {
                        let t = self.type_name_of(value);
                        Err(self.type_error(format!(
                            "__dict__ must be set to a dictionary, not a '{t}'"
                        )))
                    }
                };
            }
            return self.dict_set(i.dict.get(), name, value);
        }
        if crate::builtins::attrs::set_special_attr(self, obj, name, value)? {
            return Ok(());
        }
        let (n, t) = (crate::ops::str_of(name).to_string(), self.type_name(cls));
        if found.is_some() && !heap {
            return Err(self.attribute_error(format!("'{t}' object attribute '{n}' is read-only")));
        }
        if !heap && crate::builtins::attrs::special_attr(self, obj, name)?.is_some() {
            return Err(
                self.attribute_error(format!("attribute '{n}' of '{t}' objects is not writable"))
            );
        }
        Err(self.attribute_error(format!("'{t}' object has no attribute '{n}'")))
    }

    fn set_class(&mut self, obj: Value, value: Value) -> PyResult<()> {
        match Gc::<TypeData>::from_value(value) {
            Some(t) if t.has(tflags::HEAPTYPE) && t.layout == Kind::Instance => {
                obj.as_obj()
                    .expect("instance")
                    .header()
                    .set_class(t.obj().addr());
                Ok(())
            }
            _ => Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            )),
        }
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        if let Some(t) = Gc::<TypeData>::from_value(obj) {
            if let Some(f) = self.metaclass_hook(obj, self.names.delattr) {
                self.call_special(f, obj, &[name])?;
                return Ok(());
            }
            return self.type_delattr(t, name);
        }
        if let Some(m) = Gc::<ModuleData>::from_value(obj) {
            if self.dict_del(m.dict, name)? {
                return Ok(());
            }
            return Err(self.no_attribute(obj, name));
        }
        let cls = self.class_of(obj);
        if let Some(d) = self.lookup_type(cls, name) {
            if let Some(p) = Gc::<PropertyData>::from_value(d) {
                let fdel = p.fdel.get();
                if fdel.is_none() || fdel.is_unbound() {
                    let (n, t) = (crate::ops::str_of(name).to_string(), self.type_name(cls));
                    return Err(self.attribute_error(format!(
                        "property '{n}' of '{t}' object has no deleter"
                    )));
                }
                self.call(fdel, &[obj], &[])?;
                return Ok(());
            }
            let dc = self.class_of(d);
            if dc.has(tflags::HEAPTYPE) {
                if let Some(del) = self.lookup_type(dc, self.names.delete) {
                    self.call_special(del, d, &[obj])?;
                    return Ok(());
                }
            }
        }
        if cls.has(tflags::HEAPTYPE) {
            if let Some(f) = self.lookup_type(cls, self.names.delattr) {
                if !crate::objects::is_kind(f, Kind::Builtin) {
                    self.call_special(f, obj, &[name])?;
                    return Ok(());
                }
            }
        }
        let dict = if let Some(i) = Gc::<InstanceData>::from_value(obj) {
            Some(i.dict.get())
        } else if let Some(f) = Gc::<FunctionData>::from_value(obj) {
            Gc::<DictData>::from_value(f.dict.get())
        } else if let Some(e) = Gc::<ExceptionData>::from_value(obj) {
            Gc::<DictData>::from_value(e.dict.get())
        } else {
            None
        };
        if let Some(d) = dict {
            if self.dict_del(d, name)? {
                return Ok(());
            }
        }
        Err(self.no_attribute(obj, name))
    }
}
