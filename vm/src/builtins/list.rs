//! Methods of `list`, and the stable merge sort shared with `sorted()`.

use crate::error::PyResult;
use crate::objects::function::Args;
use crate::objects::{Gc, ListData};
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn install(vm: &mut Vm) {
    let t = vm.types.list;
    vm.add_method(t, "append", append);
    vm.add_method(t, "extend", extend);
    vm.add_method(t, "insert", insert);
    vm.add_method(t, "pop", pop);
    vm.add_method(t, "remove", remove);
    vm.add_method(t, "index", index);
    vm.add_method(t, "count", count);
    vm.add_method(t, "clear", clear);
    vm.add_method(t, "copy", copy);
    vm.add_method(t, "reverse", reverse);
    vm.add_method(t, "sort", sort);
    vm.add_method(t, "__init__", init);
    vm.add_method(t, "__iadd__", iadd);
    vm.add_method(t, "__reversed__", reversed);
}

fn this(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Gc<ListData>> {
    vm.self_as::<ListData>(args, name, "list")
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("list.append", &args, 1, 1)?;
    let l = this(vm, &args, "append")?;
    l.push(args.pos[1]);
    Ok(Value::NONE)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("list.extend", &args, 1, 1)?;
    let l = this(vm, &args, "extend")?;
    vm.list_extend(l.value(), args.pos[1])?;
    Ok(Value::NONE)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("insert", &args, 2, 2)?;
    let l = this(vm, &args, "insert")?;
    let i = vm.to_ssize(args.pos[1])?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(at as usize, args.pos[2]);
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("pop", &args, 0, 1)?;
    let l = this(vm, &args, "pop")?;
    // The argument is converted first: its `__index__` may change the list.
    let i = match args.get(1) {
        Some(v) => vm.to_ssize(v)?,
        None => -1,
    };
    let n = l.len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = l.items.borrow_mut().remove(j as usize);
    Ok(v)
}

fn position(
    vm: &mut Vm,
    l: Gc<ListData>,
    x: Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop.min(l.len()) {
        let Some(v) = l.get(i) else { break };
        if vm.eq(v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("list.remove", &args, 1, 1)?;
    let l = this(vm, &args, "remove")?;
    match position(vm, l, args.pos[1], 0, usize::MAX)? {
        Some(i) => {
            l.items.borrow_mut().remove(i);
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("index", &args, 1, 3)?;
    let l = this(vm, &args, "index")?;
    let n = l.len() as i64;
    let bound = |vm: &mut Vm, v: Option<Value>, d: i64| -> PyResult<usize> {
        match v {
            None => Ok(d as usize),
            Some(v) => {
                let i = vm.to_clamped_index(v)?;
                Ok((if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize)
            }
        }
    };
    let start = bound(vm, args.get(2), 0)?;
    let stop = bound(vm, args.get(3), n)?;
    match position(vm, l, args.pos[1], start, stop)? {
        Some(i) => Ok(Value::small(i as i64)),
        None => {
            let r = vm.repr(args.pos[1])?;
            Err(vm.value_error(format!("{r} is not in list")))
        }
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("list.count", &args, 1, 1)?;
    let l = this(vm, &args, "count")?;
    let mut n = 0;
    let mut i = 0;
    while let Some(v) = l.get(i) {
        if vm.eq(v, args.pos[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::small(n))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("list.clear", &args, 0, 0)?;
    let l = this(vm, &args, "clear")?;
    l.items.borrow_mut().clear();
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("list.copy", &args, 0, 0)?;
    let l = this(vm, &args, "copy")?;
    let items = l.snapshot();
    Ok(vm.new_list(items))
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("list.reverse", &args, 0, 0)?;
    let l = this(vm, &args, "reverse")?;
    l.items.borrow_mut().reverse();
    Ok(Value::NONE)
}

fn init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("list", &args, 0, 1)?;
    let l = this(vm, &args, "__init__")?;
    let items = match args.get(1) {
        Some(v) => vm.collect_iterable(v)?,
        None => Vec::new(),
    };
    *l.items.borrow_mut() = items;
    Ok(Value::NONE)
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("list.__iadd__", &args, 1, 1)?;
    let l = this(vm, &args, "__iadd__")?;
    vm.list_extend(l.value(), args.pos[1])?;
    Ok(args.pos[0])
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("list.__reversed__", &args, 0, 0)?;
    let l = this(vm, &args, "__reversed__")?;
    vm.reversed(l.value())
}

fn sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    vm.only_kwargs("sort", &args, &["key", "reverse"])?;
    let l = this(vm, &args, "sort")?;
    let key = vm.kwarg(&args, "key").filter(|k| !k.is_none());
    let rev = vm.reverse_flag(&args)?;
    let items = std::mem::take(&mut *l.items.borrow_mut());
    let result = vm.sort_values(items.clone(), key, rev);
    // The list is empty with no buffer while sorting: anything that grew it (even if it
    // was emptied again) left a buffer behind, like CPython's `allocated` check.
    let modified = l.items.borrow().capacity() > 0;
    match result {
        Ok(sorted) => {
            *l.items.borrow_mut() = sorted;
            if modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(Value::NONE)
        }
        Err(e) => {
            *l.items.borrow_mut() = items;
            Err(e)
        }
    }
}

impl Vm {
    /// The `reverse=` argument of `sort`/`sorted`: an integer (CPython converts it with
    /// `__index__`, so `None` and floats are TypeErrors).
    pub fn reverse_flag(&mut self, args: &Args) -> PyResult<bool> {
        match self.kwarg(args, "reverse") {
            Some(r) => Ok(!self.to_index(r)?.is_zero()),
            None => Ok(false),
        }
    }

    /// A stable sort of `items` by `key` (or the items themselves), using only `<`.
    pub fn sort_values(
        &mut self,
        items: Vec<Value>,
        key: Option<Value>,
        reverse: bool,
    ) -> PyResult<Vec<Value>> {
        let roots = items.clone();
        self.with_roots(&roots, |vm| {
            let mut keyed: Vec<(Value, Value)> = Vec::with_capacity(items.len());
            let mark = vm.temp_roots.len();
            for &v in &items {
                let k = match key {
                    Some(f) => {
                        let k = vm.call(f, &[v], &[])?;
                        vm.temp_roots.push(k);
                        k
                    }
                    None => v,
                };
                keyed.push((k, v));
            }
            if reverse {
                keyed.reverse();
            }
            let r = merge_sort(vm, &mut keyed);
            vm.temp_roots.truncate(mark);
            r?;
            if reverse {
                keyed.reverse();
            }
            Ok(keyed.into_iter().map(|(_, v)| v).collect())
        })
    }
}

/// Stable merge sort on (key, item) pairs comparing keys with Python's `<`. With
/// `reverse`, the caller reverses before and after, which keeps equal items in their
/// original order, as CPython does.
fn merge_sort(vm: &mut Vm, v: &mut Vec<(Value, Value)>) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    // Binary insertion sort for short runs of 32, then bottom-up merges.
    const RUN: usize = 32;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = v[i];
            let (mut lo, mut hi) = (start, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if vm.lt(x.0, v[mid].0)? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            v.copy_within(lo..i, lo + 1);
            v[lo] = x;
        }
        start = end;
    }
    let mut width = RUN;
    let mut buf = v.clone();
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                if vm.lt(v[j].0, v[i].0)? {
                    buf[k] = v[j];
                    j += 1;
                } else {
                    buf[k] = v[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + mid - i].copy_from_slice(&v[i..mid]);
            k += mid - i;
            buf[k..k + hi - j].copy_from_slice(&v[j..hi]);
            lo = hi;
        }
        std::mem::swap(v, &mut buf);
        width *= 2;
    }
    Ok(())
}
