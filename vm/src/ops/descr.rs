//! The descriptor protocol, and calls of special methods through it.
//!
//! A class attribute found for an instance is *bound*: functions become bound methods,
//! native methods bind their receiver, `staticmethod` unwraps, `classmethod` binds the
//! class, and objects of user classes with `__get__` are asked for the value. An attribute
//! is a *data descriptor* when its class defines `__set__` or `__delete__`; those take
//! precedence over the instance dictionary.
//!
//! The interpreter calls special methods (`__add__`, `__len__`, ...) found on the class
//! with [`Vm::call_special`]: plain functions and native methods get the receiver as first
//! argument without allocating a bound method; anything else is bound first, exactly as
//! CPython's slot wrappers do.

use crate::error::PyResult;
use crate::objects::typeobj::tflags;
use crate::objects::{BoundMethodData, BuiltinData, Gc, Kind, PropertyData, TypeData, WrapperData};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Calls the special method `f` (found on the class of `recv`) with `recv` and `rest`.
    pub fn call_special(&mut self, f: Value, recv: Value, rest: &[Value]) -> PyResult<Value> {
        self.call_special_kw(f, recv, rest, &[])
    }

    /// [`Vm::call_special`] with keyword arguments (for `__call__`).
    pub fn call_special_kw(
        &mut self,
        f: Value,
        recv: Value,
        rest: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let plain = crate::objects::is_kind(f, Kind::Function)
            || Gc::<BuiltinData>::from_value(f)
                .is_some_and(|b| b.bound.is_unbound() && !b.owner.is_unbound());
        if plain {
            let mut all: crate::interp::call::ArgVec = smallvec::SmallVec::new();
            all.push(recv);
            all.extend_from_slice(rest);
            return self.call(f, &all, kw);
        }
        self.check_native_stack_for(" while calling a Python object")?;
        let cls = self.class_of(recv);
        let bound = self.bind_descriptor(f, recv, cls)?;
        self.with_roots(&[bound], |vm| vm.call(bound, rest, kw))
    }

    /// Applies the descriptor protocol to a class attribute found for an instance.
    pub(crate) fn bind_descriptor(
        &mut self,
        d: Value,
        obj: Value,
        cls: Gc<TypeData>,
    ) -> PyResult<Value> {
        if crate::objects::is_kind(d, Kind::Function) {
            return Ok(self
                .alloc(
                    self.types.method,
                    BoundMethodData {
                        func: d,
                        receiver: obj,
                    },
                )
                .value());
        }
        if let Some(b) = Gc::<BuiltinData>::from_value(d) {
            if b.bound.is_unbound() && !b.owner.is_unbound() {
                let (name, func, owner) = (b.name, b.func, b.owner);
                return Ok(self
                    .alloc(
                        self.types.builtin_function,
                        BuiltinData {
                            name,
                            func,
                            bound: obj,
                            owner,
                        },
                    )
                    .value());
            }
            return Ok(d);
        }
        if let Some(p) = Gc::<PropertyData>::from_value(d) {
            let fget = p.fget.get();
            if fget.is_none() || fget.is_unbound() {
                let t = self.type_name(cls);
                return Err(self.attribute_error(format!("property of '{t}' object has no getter")));
            }
            return self.call(fget, &[obj], &[]);
        }
        if let Some(w) = Gc::<WrapperData>::from_value(d) {
            let wc = self.class_of(d);
            if wc == self.types.staticmethod {
                return Ok(w.func);
            }
            if wc == self.types.classmethod {
                return Ok(self
                    .alloc(
                        self.types.method,
                        BoundMethodData {
                            func: w.func,
                            receiver: cls.value(),
                        },
                    )
                    .value());
            }
        }
        let dc = self.class_of(d);
        if dc.has(tflags::HEAPTYPE) {
            if let Some(get) = self.lookup_type(dc, self.names.get) {
                return self.call(get, &[d, obj, cls.value()], &[]);
            }
        }
        Ok(d)
    }

    /// Whether a class attribute is a data descriptor (its class defines `__set__` or
    /// `__delete__`, with or without `__get__`).
    pub(crate) fn is_data_descriptor(&mut self, d: Value) -> bool {
        if crate::objects::is_kind(d, Kind::Property) {
            return true;
        }
        let dc = self.class_of(d);
        dc.has(tflags::HEAPTYPE)
            && (self.lookup_type(dc, self.names.set).is_some()
                || self.lookup_type(dc, self.names.delete).is_some())
    }

    /// A native method called through its class (`set.add(s, x)`) checks that its first
    /// argument is an instance of that class.
    #[inline]
    pub(crate) fn check_method_self(&mut self, b: Gc<BuiltinData>, pos: &[Value]) -> PyResult<()> {
        let owner = Gc::<TypeData>::from_value(b.owner).expect("method owner is a class");
        let Some(&recv) = pos.first() else {
            let t = self.type_name(owner);
            return Err(
                self.type_error(format!("unbound method {t}.{}() needs an argument", b.name))
            );
        };
        let cls = self.class_of(recv);
        if cls == owner || owner == self.types.object || self.is_subclass(cls, owner) {
            return Ok(());
        }
        let (t, r, name) = (self.type_name(owner), self.type_name(cls), b.name);
        // Slot wrappers (most dunders) and method descriptors word it differently.
        const METHOD_DUNDERS: &[&str] = &[
            "__format__",
            "__dir__",
            "__sizeof__",
            "__reduce__",
            "__reduce_ex__",
            "__round__",
            "__trunc__",
            "__floor__",
            "__ceil__",
            "__getnewargs__",
            "__reversed__",
        ];
        let slot =
            name.starts_with("__") && name.ends_with("__") && !METHOD_DUNDERS.contains(&name);
        Err(self.type_error(if slot {
            format!("descriptor '{name}' requires a '{t}' object but received a '{r}'")
        } else {
            format!("descriptor '{name}' for '{t}' objects doesn't apply to a '{r}' object")
        }))
    }
}
