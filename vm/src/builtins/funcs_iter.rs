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
    let items = match args.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect_iterable(args.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.pos.to_vec()
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        };
    }
    let roots = items.clone();
    vm.with_roots(&roots, |vm| {
        let mut best = items[0];
        let mut best_key = match key {
            Some(f) => vm.call(f, &[best], &[])?,
            None => best,
        };
        for &v in &items[1..] {
            let k = match key {
                Some(f) => vm.with_roots(&[best_key], |vm| vm.call(f, &[v], &[]))?,
                None => v,
            };
            let better = vm.with_roots(&[best_key, k], |vm| {
                // As CPython: the new key is compared with `>` (max) or `<` (min).
                if want_max {
                    vm.gt(k, best_key)
                } else {
                    vm.lt(k, best_key)
                }
            })?;
            if better {
                best = v;
                best_key = k;
            }
        }
        Ok(best)
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
