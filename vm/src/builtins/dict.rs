//! Methods of `dict` and the dict views.

use crate::error::PyResult;
use crate::objects::function::Args;
use crate::objects::iter::DictPart;
use crate::objects::{DictData, DictViewData, Gc};
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn install(vm: &mut Vm) {
    let t = vm.types.dict;
    vm.add_method(t, "get", get);
    vm.add_method(t, "setdefault", setdefault);
    vm.add_method(t, "pop", pop);
    vm.add_method(t, "popitem", popitem);
    vm.add_method(t, "update", update);
    vm.add_method(t, "keys", keys);
    vm.add_method(t, "values", values);
    vm.add_method(t, "items", items);
    vm.add_method(t, "copy", copy);
    vm.add_method(t, "clear", clear);
    vm.add_method(t, "__init__", init);
    vm.add_method(t, "__reversed__", reversed);
    vm.add_classmethod(t, "fromkeys", fromkeys);
    for v in [vm.types.dict_keys, vm.types.dict_items] {
        vm.add_method(v, "isdisjoint", view_isdisjoint);
    }
}

fn this(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Gc<DictData>> {
    vm.self_as::<DictData>(args, name, "dict")
}

fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("get", &args, 1, 2)?;
    let d = this(vm, &args, "get")?;
    Ok(vm
        .dict_get(d, args.pos[1])?
        .unwrap_or(args.get(2).unwrap_or(Value::NONE)))
}

fn setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("setdefault", &args, 1, 2)?;
    let d = this(vm, &args, "setdefault")?;
    if let Some(v) = vm.dict_get(d, args.pos[1])? {
        return Ok(v);
    }
    let v = args.get(2).unwrap_or(Value::NONE);
    vm.dict_set(d, args.pos[1], v)?;
    Ok(v)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("pop", &args, 1, 2)?;
    let d = this(vm, &args, "pop")?;
    match vm.dict_pop(d, args.pos[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(default) => Ok(default),
            None => Err(vm.key_error(args.pos[1])),
        },
    }
}

fn popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("dict.popitem", &args, 0, 0)?;
    let d = this(vm, &args, "popitem")?;
    let last = d.table.borrow_mut().pop_last();
    match last {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => {
            let msg = vm.new_str("popitem(): dictionary is empty");
            Err(vm.key_error(msg))
        }
    }
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let d = this(vm, &args, "update")?;
    if let Some(src) = args.get(1) {
        vm.dict_update_from(d, src)?;
    }
    for &(k, v) in args.kw {
        vm.dict_set(d, k, v)?;
    }
    Ok(Value::NONE)
}

fn view(vm: &mut Vm, args: Args, name: &str, part: DictPart) -> PyResult<Value> {
    vm.method_arity(name, &args, 0, 0)?;
    let d = this(vm, &args, name)?;
    let cls = match part {
        DictPart::Keys => vm.types.dict_keys,
        DictPart::Values => vm.types.dict_values,
        DictPart::Items => vm.types.dict_items,
    };
    Ok(vm
        .alloc(
            cls,
            DictViewData {
                dict: d.value(),
                part,
            },
        )
        .value())
}

fn keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, "dict.keys", DictPart::Keys)
}

fn values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, "dict.values", DictPart::Values)
}

fn items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, "dict.items", DictPart::Items)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("dict.copy", &args, 0, 0)?;
    let d = this(vm, &args, "copy")?;
    let n = vm.new_dict();
    *n.table.borrow_mut() = d.table.borrow().clone();
    Ok(n.value())
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("dict.clear", &args, 0, 0)?;
    let d = this(vm, &args, "clear")?;
    d.table.borrow_mut().clear();
    Ok(Value::NONE)
}

fn init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    update(vm, args)
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("dict.__reversed__", &args, 0, 0)?;
    let d = this(vm, &args, "__reversed__")?;
    vm.reversed(d.value())
}

fn fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("dict.fromkeys", &args, 1, 2)?;
    let cls = args.pos[0];
    let value = args.get(2).unwrap_or(Value::NONE);
    let keys = vm.collect_iterable(args.pos[1])?;
    let d = vm.call(cls, &[], &[])?;
    vm.with_roots(&[d], |vm| {
        for k in keys {
            vm.setitem(d, k, value)?;
        }
        Ok(d)
    })
}

fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("isdisjoint", &args, 1, 1)?;
    let others = vm.collect_iterable(args.pos[1])?;
    for o in others {
        if vm.contains(args.pos[0], o)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}
