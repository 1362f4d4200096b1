//! `list[int]`, `dict[str, int]`...: `types.GenericAlias`, as written in type hints.
//!
//! Subscripting a built-in container class (its `__class_getitem__`) makes an alias holding
//! `__origin__` (the class) and `__args__` (the subscript, as a tuple). Aliases print as
//! written, compare and hash by both, call their origin, join unions (`list[int] | None`),
//! and are refused by `isinstance`, as in CPython.

use crate::error::PyResult;
use crate::objects::function::Args;
use crate::objects::{Gc, InstanceData, TupleData, TypeData};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

pub(super) fn install(vm: &mut Vm) {
    let t = &vm.types;
    for cls in [t.list, t.dict, t.tuple, t.set, t.frozenset, t.type_] {
        vm.add_classmethod(cls, "__class_getitem__", class_getitem);
    }
    let g = vm.types.generic_alias;
    vm.add_method(g, "__repr__", alias_repr);
    vm.add_method(g, "__eq__", alias_eq);
    vm.add_method(g, "__hash__", alias_hash);
    vm.add_method(g, "__call__", alias_call);
    vm.add_method(g, "__or__", alias_or);
    vm.add_method(g, "__ror__", alias_ror);
}

impl Vm {
    /// The `(__origin__, __args__)` of a `types.GenericAlias`, or `None` for other values.
    pub fn generic_alias_parts(&mut self, v: Value) -> Option<(Value, Value)> {
        if self.class_of(v) != self.types.generic_alias {
            return None;
        }
        let d = Gc::<InstanceData>::from_value(v)?.dict.get();
        let (o, a) = (self.intern("__origin__"), self.intern("__args__"));
        Some((self.dict_get_str(d, o)?, self.dict_get_str(d, a)?))
    }
}

/// `cls[key]` for the built-in containers.
fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__class_getitem__", &args, 1, 1)?;
    vm.new_generic_alias(args.pos[0], args.pos[1])
}

impl Vm {
    /// `types.GenericAlias(origin, args)`: a tuple `key` gives the arguments, any
    /// other value is the single argument.
    pub fn new_generic_alias(&mut self, origin: Value, key: Value) -> PyResult<Value> {
        alias_new(self, origin, key)
    }
}

fn alias_new(vm: &mut Vm, origin: Value, key: Value) -> PyResult<Value> {
    let items = match Gc::<TupleData>::from_value(key) {
        Some(t) => t.items.to_vec(),
        None => vec![key],
    };
    let params = vm.new_tuple(items);
    let dict = vm.with_roots(&[params], |vm| Ok(vm.new_dict()))?;
    for (name, v) in [("__origin__", origin), ("__args__", params)] {
        let k = vm.intern(name);
        vm.dict_set(dict, k, v)?;
    }
    let cls = vm.types.generic_alias;
    Ok(vm
        .alloc(
            cls,
            InstanceData {
                dict: Cell::new(dict),
                base: Cell::new(Value::UNBOUND),
            },
        )
        .value())
}

fn alias_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__repr__", &args, 0, 0)?;
    let s = alias_text(vm, args.pos[0])?;
    Ok(vm.new_str(s))
}

/// How a type hint prints: classes by (qualified) name, `...` for Ellipsis.
fn hint_text(vm: &mut Vm, v: Value) -> PyResult<String> {
    if v == Value::ELLIPSIS {
        return Ok("...".into());
    }
    if vm.generic_alias_parts(v).is_some() {
        return alias_text(vm, v);
    }
    match Gc::<TypeData>::from_value(v) {
        Some(t) => {
            let q = crate::ops::str_of(t.qualname.get()).to_string();
            Ok(match vm.type_module(t) {
                Some(m) if m != "builtins" => format!("{m}.{q}"),
                _ => q,
            })
        }
        None => vm.repr(v),
    }
}

fn alias_text(vm: &mut Vm, v: Value) -> PyResult<String> {
    let (origin, params) = vm.generic_alias_parts(v).expect("generic alias");
    let head = hint_text(vm, origin)?;
    let items = vm.collect_iterable(params)?;
    if items.is_empty() {
        return Ok(format!("{head}[()]"));
    }
    let mut parts = Vec::with_capacity(items.len());
    for x in items {
        parts.push(hint_text(vm, x)?);
    }
    Ok(format!("{head}[{}]", parts.join(", ")))
}

fn alias_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__eq__", &args, 1, 1)?;
    let (Some(a), Some(b)) = (
        vm.generic_alias_parts(args.pos[0]),
        vm.generic_alias_parts(args.pos[1]),
    ) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if a.0 != b.0 {
        return Ok(Value::FALSE);
    }
    let same = vm.eq(a.1, b.1)?;
    Ok(Value::bool(same))
}

fn alias_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__hash__", &args, 0, 0)?;
    let (origin, params) = vm.generic_alias_parts(args.pos[0]).expect("generic alias");
    let h = vm.hash(origin)? ^ vm.hash(params)?;
    Ok(vm.new_int(if h == -1 { -2 } else { h }))
}

fn alias_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (origin, _) = vm.generic_alias_parts(args.pos[0]).expect("generic alias");
    vm.call(origin, &args.pos[1..], args.kw)
}

fn alias_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__or__", &args, 1, 1)?;
    super::union::make_union(vm, args.pos[0], args.pos[1])
}

fn alias_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__ror__", &args, 1, 1)?;
    super::union::make_union(vm, args.pos[1], args.pos[0])
}
