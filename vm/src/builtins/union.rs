//! `X | Y` on classes: `types.UnionType`, accepted by `isinstance` and `issubclass`.
//!
//! A union holds its members in `__args__` (a tuple, first occurrence order, nested unions
//! flattened, `None` stored as `NoneType`); a union of one member is that member.

use crate::error::PyResult;
use crate::objects::function::Args;
use crate::objects::{Gc, InstanceData, TupleData, TypeData};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

pub(super) fn install(vm: &mut Vm) {
    let t = vm.types.type_;
    vm.add_method(t, "__or__", union_or);
    vm.add_method(t, "__ror__", union_ror);
    let u = vm.types.union_type;
    vm.add_method(u, "__or__", union_or);
    vm.add_method(u, "__ror__", union_ror);
    vm.add_method(u, "__repr__", union_repr);
    vm.add_method(u, "__eq__", union_eq);
    vm.add_method(u, "__hash__", union_hash);
}

impl Vm {
    /// The members of a `types.UnionType`, or `None` for other values.
    pub fn union_args(&mut self, v: Value) -> Option<Vec<Value>> {
        if self.class_of(v) != self.types.union_type {
            return None;
        }
        let i = Gc::<InstanceData>::from_value(v)?;
        let key = self.intern("__args__");
        let args = self.dict_get_str(i.dict.get(), key)?;
        Gc::<TupleData>::from_value(args).map(|t| t.items.to_vec())
    }
}

/// The members `v` contributes to a union, or `None` if it cannot be a member.
fn members(vm: &mut Vm, v: Value) -> Option<Vec<Value>> {
    if v.is_none() {
        return Some(vec![vm.types.none.value()]);
    }
    if Gc::<TypeData>::from_value(v).is_some() || vm.generic_alias_parts(v).is_some() {
        return Some(vec![v]);
    }
    vm.union_args(v)
}

/// `a | b` for classes, `None` and unions; NotImplemented for other operands.
pub(crate) fn make_union(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (members(vm, a), members(vm, b)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let mut all: Vec<Value> = Vec::new();
    for m in x.into_iter().chain(y) {
        if !all.contains(&m) {
            all.push(m);
        }
    }
    if all.len() == 1 {
        return Ok(all[0]);
    }
    let args = vm.new_tuple(all);
    let dict = vm.with_roots(&[args], |vm| Ok(vm.new_dict()))?;
    let key = vm.intern("__args__");
    vm.dict_set(dict, key, args)?;
    let cls = vm.types.union_type;
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

fn union_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__or__", &args, 1, 1)?;
    make_union(vm, args.pos[0], args.pos[1])
}

fn union_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__ror__", &args, 1, 1)?;
    make_union(vm, args.pos[1], args.pos[0])
}

fn union_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__repr__", &args, 0, 0)?;
    let members = vm.union_args(args.pos[0]).unwrap_or_default();
    let mut parts = Vec::with_capacity(members.len());
    for m in members {
        parts.push(match Gc::<TypeData>::from_value(m) {
            Some(t) if t == vm.types.none => "None".to_string(),
            Some(t) => {
                let q = crate::ops::str_of(t.qualname.get()).to_string();
                match vm.type_module(t) {
                    Some(module) if module != "builtins" => format!("{module}.{q}"),
                    _ => q,
                }
            }
            None => vm.repr(m)?,
        });
    }
    Ok(vm.new_str(parts.join(" | ")))
}

fn union_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__eq__", &args, 1, 1)?;
    let a = vm.union_args(args.pos[0]).unwrap_or_default();
    let Some(b) = vm.union_args(args.pos[1]) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let same = a.len() == b.len() && a.iter().all(|x| b.contains(x));
    Ok(Value::bool(same))
}

/// As in CPython, the hash of the frozenset of the members (so `int | str` and
/// `typing.Union[int, str]`, which compare equal, hash alike).
fn union_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__hash__", &args, 0, 0)?;
    let members = vm.union_args(args.pos[0]).unwrap_or_default();
    let t = vm.new_tuple(members);
    let set = vm.with_roots(&[t], |vm| vm.make_set(t, true))?;
    let h = vm.with_roots(&[set], |vm| vm.hash(set))?;
    Ok(vm.new_int(h))
}
