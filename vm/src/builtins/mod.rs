//! The built-in namespace and the methods of built-in classes.
//!
//! Each file registers one group: free functions (`funcs`, `funcs_iter`), class
//! construction (`construct`, `classes`), and the methods of each built-in class.

pub mod args;
pub mod attrs;
mod classes;
mod construct;
mod construct_misc;
mod construct_numbers;
mod dict;
mod dunders;
mod exceptions;
mod float;
mod funcs;
mod funcs_iter;
mod generic_alias;
mod int;
mod list;
mod metaclass;
mod misc_types;
mod object;
mod oserror;
mod round;
mod set;
mod slots;
mod str;
mod str_more;
mod tuple_range;
mod typed_new;
pub(crate) mod union;

use crate::error::ExcKind;
use crate::objects::function::NativeFn;
use crate::objects::{BuiltinData, Gc, TypeData, WrapperData};
use crate::value::Value;
use crate::vm::Vm;

/// Installs builtins, class methods and the standard modules into a new VM.
/// Built-in classes that exist (as `type(x)` of some value) but, as in CPython, are not
/// names in the builtins namespace.
const NOT_BUILTIN_NAMES: &[&str] = &[
    "NoneType",
    "NotImplementedType",
    "builtin_function_or_method",
    "callable_iterator",
    "cell",
    "code",
    "coroutine",
    "dict_itemiterator",
    "dict_items",
    "dict_keyiterator",
    "dict_keys",
    "dict_reverseitemiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_valueiterator",
    "dict_values",
    "ellipsis",
    "function",
    "generator",
    "iterator",
    "list_iterator",
    "list_reverseiterator",
    "method",
    "module",
    "native_state",
    "range_iterator",
    "set_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "tuple_iterator",
    "UnionType",
    "async_generator",
    "async_generator_asend",
    "async_generator_wrapped_value",
    "GenericAlias",
];

pub fn install(vm: &mut Vm) {
    object::install(vm);
    dunders::install(vm);
    int::install(vm);
    float::install(vm);
    str::install(vm);
    str_more::install(vm);
    list::install(vm);
    tuple_range::install(vm);
    dict::install(vm);
    set::install(vm);
    exceptions::install(vm);
    oserror::install(vm);
    typed_new::install(vm);
    union::install(vm);
    generic_alias::install(vm);
    metaclass::install(vm);
    crate::interp::async_gen::install(vm);
    misc_types::install(vm);
    funcs::install(vm);
    round::install(vm);
    funcs_iter::install(vm);
    for t in vm.types.all() {
        let name = t.name.get();
        let key = vm.intern(crate::ops::str_of(name));
        let module = vm.intern("builtins");
        let _ = vm.dict_set(t.dict, vm.names.module, module);
        if !NOT_BUILTIN_NAMES.contains(&crate::ops::str_of(name)) {
            let _ = vm.dict_set(vm.builtins, key, t.value());
        }
    }
    let os_error = vm.types.exc(ExcKind::OSError).value();
    for alias in ["EnvironmentError", "IOError"] {
        let k = vm.intern(alias);
        let _ = vm.dict_set(vm.builtins, k, os_error);
    }
    for (name, v) in [
        ("None", Value::NONE),
        ("True", Value::TRUE),
        ("False", Value::FALSE),
        ("NotImplemented", Value::NOT_IMPLEMENTED),
        ("Ellipsis", Value::ELLIPSIS),
    ] {
        let k = vm.intern(name);
        let _ = vm.dict_set(vm.builtins, k, v);
    }
    let debug = vm.intern("__debug__");
    let d = Value::bool(vm.config.optimize == 0);
    let _ = vm.dict_set(vm.builtins, debug, d);
    let k = vm.intern("__name__");
    let n = vm.intern("builtins");
    let _ = vm.dict_set(vm.builtins, k, n);
    crate::modules::install(vm);
}

impl Vm {
    /// A native function object (not bound, no owner).
    pub fn native(&mut self, name: &'static str, func: NativeFn) -> Value {
        self.alloc(
            self.types.builtin_function,
            BuiltinData {
                name,
                func,
                bound: Value::UNBOUND,
                owner: Value::UNBOUND,
            },
        )
        .value()
    }

    /// Adds a function to the builtins namespace.
    pub fn add_builtin(&mut self, name: &'static str, func: NativeFn) {
        let f = self.native(name, func);
        let k = self.intern(name);
        let _ = self.dict_set(self.builtins, k, f);
    }

    /// Adds a native method to a built-in class.
    pub fn add_method(&mut self, ty: Gc<TypeData>, name: &'static str, func: NativeFn) {
        let f = self
            .alloc(
                self.types.builtin_function,
                BuiltinData {
                    name,
                    func,
                    bound: Value::UNBOUND,
                    owner: ty.value(),
                },
            )
            .value();
        let k = self.intern(name);
        let _ = self.dict_set(ty.dict, k, f);
    }

    /// Adds a native class method to a built-in class.
    pub fn add_classmethod(&mut self, ty: Gc<TypeData>, name: &'static str, func: NativeFn) {
        let f = self.native(name, func);
        let w = self
            .alloc(self.types.classmethod, WrapperData { func: f })
            .value();
        let k = self.intern(name);
        let _ = self.dict_set(ty.dict, k, w);
    }

    /// Adds a native static method to a built-in class.
    pub fn add_staticmethod(&mut self, ty: Gc<TypeData>, name: &'static str, func: NativeFn) {
        let f = self.native(name, func);
        let w = self
            .alloc(self.types.staticmethod, WrapperData { func: f })
            .value();
        let k = self.intern(name);
        let _ = self.dict_set(ty.dict, k, w);
    }

    /// Sets a plain attribute of a built-in class.
    pub fn add_class_attr(&mut self, ty: Gc<TypeData>, name: &'static str, v: Value) {
        let k = self.intern(name);
        let _ = self.dict_set(ty.dict, k, v);
    }
}
