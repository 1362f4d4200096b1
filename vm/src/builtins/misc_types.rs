//! Methods of property, staticmethod, classmethod, functions, generators, coroutines and
//! the built-in iterators.

use crate::error::{ExcKind, PyResult};
use crate::interp::gen::Step;
use crate::objects::function::{Args, NativeFn};
use crate::objects::iter::{IterData, IterState};
use crate::objects::{
    BoundMethodData, Gc, GeneratorData, ListData, PropertyData, StrData, TupleData, WrapperData,
};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

pub(super) fn install(vm: &mut Vm) {
    let p = vm.types.property;
    vm.add_method(p, "getter", |vm, a| prop_with(vm, a, 0));
    vm.add_method(p, "setter", |vm, a| prop_with(vm, a, 1));
    vm.add_method(p, "deleter", |vm, a| prop_with(vm, a, 2));
    vm.add_method(p, "__get__", prop_get);
    vm.add_method(p, "__set__", prop_set);
    vm.add_method(vm.types.function, "__get__", func_get);
    // `type.__call__` is in `metaclass.rs`.
    for t in [
        vm.types.function,
        vm.types.builtin_function,
        vm.types.method,
    ] {
        vm.add_method(t, "__call__", call_self);
    }
    vm.add_method(vm.types.staticmethod, "__get__", static_get);
    vm.add_method(vm.types.classmethod, "__get__", class_get);
    for g in [vm.types.generator, vm.types.coroutine] {
        vm.add_method(g, "send", gen_send);
        vm.add_method(g, "throw", gen_throw);
        vm.add_method(g, "close", gen_close);
    }
    vm.add_method(vm.types.generator, "__iter__", iter_self);
    vm.add_method(vm.types.generator, "__next__", gen_next);
    vm.add_method(vm.types.coroutine, "__await__", iter_self);
    let t = &vm.types;
    // The iterators over sized containers also have `__length_hint__`.
    let sized = [
        t.list_iterator,
        t.list_reverseiterator,
        t.tuple_iterator,
        t.str_iterator,
        t.str_ascii_iterator,
        t.range_iterator,
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
    ];
    let others = [
        t.dict_reversekeyiterator,
        t.dict_reversevalueiterator,
        t.dict_reverseitemiterator,
        t.set_iterator,
        t.enumerate,
        t.zip,
        t.map,
        t.filter,
        t.reversed,
        t.callable_iterator,
        t.iterator,
    ];
    for it in sized.into_iter().chain(others) {
        vm.add_method(it, "__iter__", iter_self);
        vm.add_method(it, "__next__", iter_next as NativeFn);
    }
    for it in sized {
        vm.add_method(it, "__length_hint__", iter_length_hint);
    }
}

fn prop_with(vm: &mut Vm, args: Args, which: usize) -> PyResult<Value> {
    vm.method_arity("property", &args, 1, 1)?;
    let p = vm.self_as::<PropertyData>(&args, "setter", "property")?;
    let f = args.pos[1];
    let (mut g, mut s, mut d) = (p.fget.get(), p.fset.get(), p.fdel.get());
    match which {
        0 => g = f,
        1 => s = f,
        _ => d = f,
    }
    let doc = p.doc.get();
    Ok(vm
        .alloc(
            vm.types.property,
            PropertyData {
                fget: Cell::new(g),
                fset: Cell::new(s),
                fdel: Cell::new(d),
                doc: Cell::new(doc),
            },
        )
        .value())
}

fn prop_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__get__", &args, 1, 2)?;
    let p = vm.self_as::<PropertyData>(&args, "__get__", "property")?;
    if args.pos[1].is_none() {
        return Ok(args.pos[0]);
    }
    let g = p.fget.get();
    if g.is_none() {
        return Err(vm.attribute_error("property has no getter"));
    }
    vm.call(g, &[args.pos[1]], &[])
}

fn prop_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__set__", &args, 2, 2)?;
    let p = vm.self_as::<PropertyData>(&args, "__set__", "property")?;
    let s = p.fset.get();
    if s.is_none() {
        return Err(vm.attribute_error("property has no setter"));
    }
    vm.call(s, &[args.pos[1], args.pos[2]], &[])?;
    Ok(Value::NONE)
}

fn func_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__get__", &args, 1, 2)?;
    if args.pos[1].is_none() {
        return Ok(args.pos[0]);
    }
    Ok(vm
        .alloc(
            vm.types.method,
            BoundMethodData {
                func: args.pos[0],
                receiver: args.pos[1],
            },
        )
        .value())
}

fn call_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((&f, rest)) = args.pos.split_first() else {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    };
    vm.call(f, rest, args.kw)
}

fn static_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__get__", &args, 1, 2)?;
    let w = vm.self_as::<WrapperData>(&args, "__get__", "staticmethod")?;
    Ok(w.func)
}

fn class_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__get__", &args, 1, 2)?;
    let w = vm.self_as::<WrapperData>(&args, "__get__", "classmethod")?;
    let owner = match args.get(2) {
        Some(o) if !o.is_none() => o,
        _ => vm.class_of(args.pos[1]).value(),
    };
    Ok(vm
        .alloc(
            vm.types.method,
            BoundMethodData {
                func: w.func,
                receiver: owner,
            },
        )
        .value())
}

fn this_gen(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Gc<GeneratorData>> {
    vm.self_as::<GeneratorData>(args, name, "generator")
}

fn finish(vm: &mut Vm, step: Step) -> PyResult<Value> {
    match step {
        Step::Yielded(v) => Ok(v),
        Step::Returned(v) => {
            let err = if v.is_none() {
                vm.new_error_noargs(ExcKind::StopIteration)
            } else {
                vm.new_error_arg(ExcKind::StopIteration, v)
            };
            Err(err)
        }
    }
}

fn gen_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("send", &args, 1, 1)?;
    let g = this_gen(vm, &args, "send")?;
    let step = vm.gen_resume(g, args.pos[1], None)?;
    finish(vm, step)
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__next__", &args, 0, 0)?;
    let g = this_gen(vm, &args, "__next__")?;
    let step = vm.gen_resume(g, Value::NONE, None)?;
    finish(vm, step)
}

fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("throw", &args, 1, 3)?;
    let g = this_gen(vm, &args, "throw")?;
    let mut exc = vm.make_exception(args.pos[1])?;
    if let Some(v) = args.get(2).filter(|v| !v.is_none()) {
        let e = vm.call(args.pos[1], &[v], &[])?;
        exc = vm.make_exception(e)?;
    }
    let step = vm.gen_throw(g, crate::error::PyErr::new(exc))?;
    finish(vm, step)
}

fn gen_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("close", &args, 0, 0)?;
    let g = this_gen(vm, &args, "close")?;
    vm.gen_close(g)?;
    Ok(Value::NONE)
}

fn iter_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__iter__", &args, 0, 0)?;
    Ok(args.pos[0])
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__next__", &args, 0, 0)?;
    match vm.iter_next(args.pos[0])? {
        Some(v) => Ok(v),
        None => Err(vm.new_error_noargs(ExcKind::StopIteration)),
    }
}

/// `__length_hint__` of the iterators over sized containers: the items still to come.
fn iter_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__length_hint__", &args, 0, 0)?;
    let it = vm.self_as::<IterData>(&args, "__length_hint__", "iterator")?;
    let n: i128 = match &*it.state.borrow() {
        IterState::Seq { seq, index } => {
            let len = if let Some(l) = Gc::<ListData>::from_value(*seq) {
                l.len()
            } else if let Some(t) = Gc::<TupleData>::from_value(*seq) {
                t.items.len()
            } else {
                Gc::<StrData>::from_value(*seq).map_or(0, |s| s.char_len())
            };
            len.saturating_sub(*index) as i128
        }
        IterState::ReversedSeq { seq, next } => match Gc::<ListData>::from_value(*seq) {
            Some(l) if (*next as i128) < l.len() as i128 => *next as i128 + 1,
            _ => 0,
        },
        IterState::Range { next, stop, step } => {
            let (span, step) = if *step > 0 {
                (stop - next, *step)
            } else {
                (next - stop, -step)
            };
            if span > 0 {
                (span + step - 1) / step
            } else {
                0
            }
        }
        IterState::Dict { len, seen, .. } => len.saturating_sub(*seen) as i128,
        _ => 0,
    };
    Ok(vm.new_int128(n))
}
