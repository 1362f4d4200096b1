//! Methods of `BaseException` and its subclasses.

use crate::error::PyResult;
use crate::objects::function::Args;
use crate::objects::ExceptionData;
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn install(vm: &mut Vm) {
    let t = vm.types.exc(crate::error::ExcKind::BaseException);
    vm.add_method(t, "__init__", init);
    vm.add_method(t, "__str__", str_);
    vm.add_method(t, "__repr__", repr);
    vm.add_method(t, "with_traceback", with_traceback);
    vm.add_method(t, "add_note", add_note);
}

fn init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = vm.self_as::<ExceptionData>(&args, "__init__", "BaseException")?;
    let t = vm.new_tuple(args.pos[1..].to_vec());
    e.args.set(t);
    Ok(Value::NONE)
}

fn str_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("BaseException.__str__", &args, 0, 0)?;
    let e = vm.self_as::<ExceptionData>(&args, "__str__", "BaseException")?;
    let items = crate::objects::Gc::<crate::objects::TupleData>::from_value(e.args.get())
        .map(|t| t.items.to_vec())
        .unwrap_or_default();
    let s = match items.len() {
        0 => String::new(),
        1 => {
            if vm.is_instance(args.pos[0], vm.types.exc(crate::error::ExcKind::KeyError)) {
                vm.repr(items[0])?
            } else {
                vm.str(items[0])?
            }
        }
        _ => vm.repr(e.args.get())?,
    };
    Ok(vm.new_str(s))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("BaseException.__repr__", &args, 0, 0)?;
    let s = vm.builtin_repr(args.pos[0])?;
    Ok(vm.new_str(s))
}

fn with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("with_traceback", &args, 1, 1)?;
    Ok(args.pos[0])
}

fn add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("add_note", &args, 1, 1)?;
    if crate::ops::as_str(args.pos[1]).is_none() {
        let n = vm.type_name_of(args.pos[1]);
        return Err(vm.type_error(format!("note must be a str, not '{n}'")));
    }
    let notes = vm.intern("__notes__");
    let list = match vm.getattr_opt(args.pos[0], notes)? {
        Some(l) => l,
        None => {
            let l = vm.new_list(Vec::new());
            vm.setattr(args.pos[0], notes, l)?;
            l
        }
    };
    if !crate::objects::is_kind(list, crate::objects::Kind::List) {
        return Err(vm.type_error("Cannot add note: __notes__ is not a list"));
    }
    let t = vm.new_tuple_from(&[args.pos[1]]);
    vm.list_extend(list, t)?;
    Ok(Value::NONE)
}

impl Vm {
    /// A tuple of the given values.
    pub fn new_tuple_from(&mut self, items: &[Value]) -> Value {
        self.new_tuple(items.to_vec())
    }
}
