//! `__new__` of the subclassable built-in types (`int.__new__`, `str.__new__`, ...).
//!
//! A subclass's `__new__` reaches these through `super().__new__(cls, ...)` or an explicit
//! `int.__new__(cls, ...)`: for the built-in class itself they construct the value as a
//! call of the class would; for a subclass they make an instance whose built-in part is
//! built from the same arguments (`Vm::default_new`). `object.__new__` refuses such
//! classes, as in CPython.

use crate::error::PyResult;
use crate::objects::function::Args;
use crate::objects::typeobj::tflags;
use crate::objects::{Gc, TypeData};
use crate::value::Value;
use crate::vm::Vm;

/// Builds `base.__new__(cls, *args)` for the built-in class `base`.
fn typed_new(vm: &mut Vm, args: Args, base: Gc<TypeData>) -> PyResult<Value> {
    let bn = vm.type_name(base);
    let Some(&cls) = args.pos.first() else {
        return Err(vm.type_error(format!("{bn}.__new__(): not enough arguments")));
    };
    let Some(t) = Gc::<TypeData>::from_value(cls) else {
        let n = vm.type_name_of(cls);
        return Err(vm.type_error(format!("{bn}.__new__(X): X is not a type object ({n})")));
    };
    if !vm.is_subclass(t, base) {
        let n = vm.type_name(t);
        return Err(vm.type_error(format!("{bn}.__new__({n}): {n} is not a subtype of {bn}")));
    }
    if !t.has(tflags::HEAPTYPE) && t != base {
        let n = vm.type_name(t);
        return Err(vm.type_error(format!("{bn}.__new__({n}) is not safe, use {n}.__new__()")));
    }
    if !t.has(tflags::HEAPTYPE) {
        // The mutable containers are filled by `__init__`, not `__new__`.
        let mutable = [vm.types.list, vm.types.dict, vm.types.set].contains(&t);
        let rest = if mutable { &[][..] } else { &args.pos[1..] };
        let kw = if mutable { &[][..] } else { args.kw };
        return vm.type_call(t, rest, kw);
    }
    vm.default_new(t, &args.pos[1..])
}

macro_rules! typed_news {
    ($($fn_name:ident => $field:ident),* $(,)?) => {
        $(fn $fn_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let base = vm.types.$field;
            typed_new(vm, args, base)
        })*

        pub(super) fn install(vm: &mut Vm) {
            $(let t = vm.types.$field; vm.add_staticmethod(t, "__new__", $fn_name);)*
            let e = vm.types.exceptions[crate::error::ExcKind::BaseException as usize];
            vm.add_staticmethod(e, "__new__", base_exception_new);
        }
    };
}

typed_news! {
    int_new => int,
    float_new => float,
    str_new => str_,
    tuple_new => tuple,
    list_new => list,
    dict_new => dict,
    set_new => set,
    frozenset_new => frozenset,
}

fn base_exception_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = vm.types.exceptions[crate::error::ExcKind::BaseException as usize];
    typed_new(vm, args, base)
}
