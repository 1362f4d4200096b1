//! Methods of `BaseException` and its subclasses.

use crate::error::{ExcKind, PyResult};
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
    if !args.kw.is_empty() {
        vm.exception_kwargs(args.pos[0], args.kw)?;
    }
    Ok(Value::NONE)
}

impl Vm {
    /// Keyword arguments of a built-in exception constructor: only `name`/`path` of
    /// ImportError, `name`/`obj` of AttributeError and `name` of NameError, stored as
    /// attributes; any other is CPython's TypeError.
    pub(crate) fn exception_kwargs(&mut self, e: Value, kw: &[(Value, Value)]) -> PyResult<()> {
        let cls = self.class_of(e);
        let allowed: &[&str] = if self.is_subclass(cls, self.types.exc(ExcKind::ImportError)) {
            &["name", "path"]
        } else if self.is_subclass(cls, self.types.exc(ExcKind::AttributeError)) {
            &["name", "obj"]
        } else if self.is_subclass(cls, self.types.exc(ExcKind::NameError)) {
            &["name"]
        } else {
            &[]
        };
        let tn = self.type_name(cls);
        for &(k, v) in kw {
            let name = crate::ops::str_of(k).to_string();
            if allowed.is_empty() {
                return Err(self.type_error(format!("{tn}() takes no keyword arguments")));
            }
            if !allowed.contains(&name.as_str()) {
                return Err(self.type_error(format!(
                    "'{name}' is an invalid keyword argument for {tn}()"
                )));
            }
            self.setattr(e, k, v)?;
        }
        Ok(())
    }
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
