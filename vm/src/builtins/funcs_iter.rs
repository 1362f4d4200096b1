//! Built-in functions over iterables: `min`, `max`, `sum`, `sorted`, `any`, `all`.

use crate::compiler::bytecode::BinOp;
use crate::error::PyResult;
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn install(vm: &mut Vm) {
    vm.add_builtin("min", min);
    vm.add_builtin("max", max);
    vm.add_builtin("sum", sum);
    vm.add_builtin("sorted", sorted);
    vm.add_builtin("any", any);
    vm.add_builtin("all", all);
}

fn min_max(vm: &mut Vm, args: Args, name: &str, want_max: bool) -> PyResult<Value> {
    vm.only_kwargs(name, &args, &["key", "default"])?;
    let key = vm.kwarg(&args, "key").filter(|k| !k.is_none());
    let default = vm.kwarg(&args, "default");
    // One argument is iterated as it goes (the items are compared as they come, as in
    // CPython); several are the items.
    let it = match args.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.get_iter(args.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            let t = vm.new_tuple(args.pos.to_vec());
            vm.get_iter(t)?
        }
    };
    // The best item and its key live in a rooted list while Python code runs.
    let best = vm.new_list(Vec::new());
    let held = crate::objects::Gc::<crate::objects::ListData>::from_value(best).expect("list");
    vm.with_roots(&[it, best], |vm| {
        while let Some(v) = vm.iter_next(it)? {
            // Held as [best, best key, v] (or [v] for the first item) during the calls.
            held.push(v);
            let k = match key {
                Some(f) => vm.call(f, &[v], &[])?,
                None => v,
            };
            let Some(best_key) = held.items.borrow().get(1).copied() else {
                *held.items.borrow_mut() = vec![v, k];
                continue;
            };
            let better = vm.with_roots(&[k], |vm| {
                // As CPython: the new key is compared with `>` (max) or `<` (min).
                if want_max {
                    vm.gt(k, best_key)
                } else {
                    vm.lt(k, best_key)
                }
            })?;
            let mut items = held.items.borrow_mut();
            if better {
                *items = vec![v, k];
            } else {
                items.truncate(2);
            }
        }
        let first = held.items.borrow().first().copied();
        match (first, default) {
            (Some(b), _) => Ok(b),
            (None, Some(d)) => Ok(d),
            (None, None) => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        }
    })
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", false)
}

fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", true)
}

fn sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.only_kwargs("sum", &args, &["start"])?;
    match args.len() {
        0 => return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)")),
        1 | 2 => {}
        n => return Err(vm.type_error(format!("sum() takes at most 2 arguments ({n} given)"))),
    }
    let start = vm.arg_or_kw(&args, 1, "start").unwrap_or(Value::small(0));
    if crate::ops::as_str(start).is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = vm.get_iter(args.pos[0])?;
    vm.with_roots(&[it, start], |vm| {
        let mut acc = start;
        let mark = vm.temp_roots.len();
        vm.temp_roots.push(acc);
        while let Some(v) = vm.iter_next(it)? {
            acc = match crate::ops::arith::fast_add(acc, v) {
                Some(r) => r,
                None => vm.binary_op(acc, v, BinOp::Add)?,
            };
            vm.temp_roots[mark] = acc;
        }
        vm.temp_roots.truncate(mark);
        Ok(acc)
    })
}

fn sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.only_kwargs("sorted", &args, &["key", "reverse"])?;
    if args.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    let key = vm.kwarg(&args, "key").filter(|k| !k.is_none());
    let rev = vm.reverse_flag(&args)?;
    let items = vm.collect_iterable(args.pos[0])?;
    let sorted = vm.sort_values(items, key, rev)?;
    Ok(vm.new_list(sorted))
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("any", &args, 1, 1)?;
    let it = vm.get_iter(args.pos[0])?;
    vm.with_roots(&[it], |vm| {
        while let Some(v) = vm.iter_next(it)? {
            if vm.truthy(v)? {
                return Ok(Value::TRUE);
            }
        }
        Ok(Value::FALSE)
    })
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("all", &args, 1, 1)?;
    let it = vm.get_iter(args.pos[0])?;
    vm.with_roots(&[it], |vm| {
        while let Some(v) = vm.iter_next(it)? {
            if !vm.truthy(v)? {
                return Ok(Value::FALSE);
            }
        }
        Ok(Value::TRUE)
    })
}
