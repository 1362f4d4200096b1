//! Special attributes of built-in objects (`f.__name__`, `e.args`, `r.start`, `C.__mro__`...).

use crate::error::{ExcKind, PyResult};
use crate::objects::generator::GenState;
use crate::objects::{
    BoundMethodData, BuiltinData, CellData, CodeData, DictData, ExceptionData, FunctionData, Gc,
    GeneratorData, PropertyData, RangeData, SliceData, SuperData, TupleData, TypeData, WrapperData,
};
use crate::ops::float::as_float;
use crate::ops::int::as_int;
use crate::value::Value;
use crate::vm::Vm;

/// A special attribute of a built-in object, if `name` is one.
pub fn special_attr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    let n = crate::ops::str_of(name);
    if let Some(f) = Gc::<FunctionData>::from_value(obj) {
        return Ok(Some(match n {
            "__name__" => f.name.get(),
            "__qualname__" => f.qualname.get(),
            "__doc__" => f.doc.get(),
            "__module__" => f.module.get(),
            "__defaults__" => none_if_unbound(f.defaults.get()),
            "__kwdefaults__" => none_if_unbound(f.kwdefaults.get()),
            "__code__" => f.code.value(),
            "__globals__" => f.globals.value(),
            "__closure__" => none_if_unbound(f.closure),
            "__dict__" => function_dict(vm, f).value(),
            "__annotations__" => match f.annotations.get() {
                a if a.is_unbound() => {
                    let d = vm.new_dict().value();
                    f.annotations.set(d);
                    d
                }
                a => a,
            },
            _ => match Gc::<DictData>::from_value(f.dict.get()) {
                Some(d) => return Ok(vm.dict_get_str(d, name)),
                None => return Ok(None),
            },
        }));
    }
    if let Some(m) = Gc::<BoundMethodData>::from_value(obj) {
        return Ok(match n {
            "__func__" => Some(m.func),
            "__self__" => Some(m.receiver),
            _ => vm.getattr_opt(m.func, name)?,
        });
    }
    if let Some(b) = Gc::<BuiltinData>::from_value(obj) {
        return Ok(match n {
            "__name__" | "__qualname__" => Some(vm.new_str(b.name)),
            "__self__" => Some(none_if_unbound(b.bound)),
            "__doc__" => Some(Value::NONE),
            _ => None,
        });
    }
    if let Some(e) = Gc::<ExceptionData>::from_value(obj) {
        let arg0 = Gc::<TupleData>::from_value(e.args.get()).and_then(|t| t.items.first().copied());
        return Ok(match n {
            "args" => Some(e.args.get()),
            "__cause__" => Some(none_if_unbound(e.cause.get())),
            "__context__" => Some(none_if_unbound(e.context.get())),
            "__suppress_context__" => Some(Value::bool(e.suppress_context.get())),
            "__traceback__" => Some(vm.traceback_object(e)?),
            "__dict__" => Some(exception_dict(vm, e).value()),
            "value" if vm.is_instance(obj, vm.types.exc(crate::error::ExcKind::StopIteration)) => {
                Some(arg0.unwrap_or(Value::NONE))
            }
            "code" if vm.is_instance(obj, vm.types.exc(crate::error::ExcKind::SystemExit)) => {
                let n = Gc::<TupleData>::from_value(e.args.get()).map_or(0, |t| t.items.len());
                Some(if n > 1 {
                    e.args.get()
                } else {
                    arg0.unwrap_or(Value::NONE)
                })
            }
            "name" | "obj" => {
                use crate::objects::exception::Hint;
                let attr = vm.is_instance(obj, vm.types.exc(ExcKind::AttributeError));
                if !attr && (n == "obj" || !vm.is_instance(obj, vm.types.exc(ExcKind::NameError))) {
                    return Ok(None);
                }
                let hint = e.hint.borrow().clone();
                Some(match (hint, n) {
                    (Hint::Name { name, .. }, "name") => name,
                    (Hint::Attribute { name, .. }, "name") => name,
                    (Hint::Attribute { obj, .. }, "obj") => obj,
                    _ => Value::NONE,
                })
            }
            _ => None,
        });
    }
    if let Some(g) = Gc::<GeneratorData>::from_value(obj) {
        return Ok(match n {
            "__name__" => Some(g.name),
            "__qualname__" => Some(g.qualname),
            "gi_running" | "cr_running" => Some(Value::bool(g.state.get() == GenState::Running)),
            "gi_code" | "cr_code" => Some(g.code.value()),
            "gi_yieldfrom" | "cr_await" => Some(none_if_unbound(g.delegate.get())),
            _ => None,
        });
    }
    if let Some(c) = Gc::<CodeData>::from_value(obj) {
        return Ok(match n {
            "co_name" => Some(vm.new_str(c.meta.name.clone())),
            "co_qualname" => Some(vm.new_str(c.meta.qualname.clone())),
            "co_filename" => Some(vm.new_str(&*c.meta.filename)),
            "co_firstlineno" => Some(Value::small(c.meta.first_line as i64)),
            "co_argcount" => Some(Value::small(c.meta.argcount as i64)),
            "co_kwonlyargcount" => Some(Value::small(c.meta.kwonlyargcount as i64)),
            "co_posonlyargcount" => Some(Value::small(c.meta.posonlyargcount as i64)),
            "co_nlocals" => Some(Value::small(c.meta.varnames.len() as i64)),
            "co_varnames" => {
                let v = c.varnames.to_vec();
                Some(vm.new_tuple(v))
            }
            _ => None,
        });
    }
    if let Some(r) = Gc::<RangeData>::from_value(obj) {
        return Ok(match n {
            "start" => Some(vm.new_int128(r.start)),
            "stop" => Some(vm.new_int128(r.stop)),
            "step" => Some(vm.new_int128(r.step)),
            _ => None,
        });
    }
    if let Some(s) = Gc::<SliceData>::from_value(obj) {
        return Ok(match n {
            "start" => Some(s.start),
            "stop" => Some(s.stop),
            "step" => Some(s.step),
            _ => None,
        });
    }
    if let Some(p) = Gc::<PropertyData>::from_value(obj) {
        return Ok(match n {
            "fget" => Some(none_if_unbound(p.fget.get())),
            "fset" => Some(none_if_unbound(p.fset.get())),
            "fdel" => Some(none_if_unbound(p.fdel.get())),
            "__doc__" => Some(none_if_unbound(p.doc.get())),
            _ => None,
        });
    }
    if let Some(w) = Gc::<WrapperData>::from_value(obj) {
        return Ok(match n {
            "__func__" | "__wrapped__" => Some(w.func),
            _ => vm.getattr_opt(w.func, name)?,
        });
    }
    if let Some(c) = Gc::<CellData>::from_value(obj) {
        if n == "cell_contents" {
            let v = c.value.get();
            if v.is_unbound() {
                return Err(vm.value_error("Cell is empty"));
            }
            return Ok(Some(v));
        }
    }
    if let Some(s) = Gc::<SuperData>::from_value(obj) {
        return Ok(match n {
            "__thisclass__" => Some(s.this_class),
            "__self__" => Some(none_if_unbound(s.obj)),
            "__self_class__" => Some(none_if_unbound(s.obj_type)),
            _ => None,
        });
    }
    if let Some(i) = as_int(obj) {
        let own = if obj.is_bool() {
            Value::small(if obj == Value::TRUE { 1 } else { 0 })
        } else {
            obj
        };
        let _ = i;
        return Ok(match n {
            "real" | "numerator" => Some(own),
            "imag" => Some(Value::small(0)),
            "denominator" => Some(Value::small(1)),
            _ => None,
        });
    }
    if let Some(f) = as_float(obj) {
        return Ok(match n {
            "real" => Some(vm.new_float(f)),
            "imag" => Some(vm.new_float(0.0)),
            _ => None,
        });
    }
    Ok(None)
}

fn none_if_unbound(v: Value) -> Value {
    if v.is_unbound() {
        Value::NONE
    } else {
        v
    }
}

/// A function's attribute dict, created on first use.
fn function_dict(vm: &mut Vm, f: Gc<FunctionData>) -> Gc<DictData> {
    match Gc::<DictData>::from_value(f.dict.get()) {
        Some(d) => d,
        None => {
            let d = vm.new_dict();
            f.dict.set(d.value());
            d
        }
    }
}

/// An exception's attribute dict, created on first use.
fn exception_dict(vm: &mut Vm, e: Gc<ExceptionData>) -> Gc<DictData> {
    match Gc::<DictData>::from_value(e.dict.get()) {
        Some(d) => d,
        None => {
            let d = vm.new_dict();
            e.dict.set(d.value());
            d
        }
    }
}

/// Special attributes of classes.
pub fn type_special_attr(vm: &mut Vm, t: Gc<TypeData>, name: Value) -> PyResult<Option<Value>> {
    Ok(Some(match crate::ops::str_of(name) {
        "__name__" => t.name.get(),
        "__qualname__" => t.qualname.get(),
        "__mro__" => {
            let m = t.mro.borrow().clone();
            vm.new_tuple(m)
        }
        "__bases__" => {
            let b = t.bases.borrow().clone();
            vm.new_tuple(b)
        }
        "__base__" => t.bases.borrow().first().copied().unwrap_or(Value::NONE),
        "__dict__" => {
            let d = vm.new_dict();
            vm.dict_update_from(d, t.dict.value())?;
            d.value()
        }
        "__doc__" => Value::NONE,
        "__module__" => vm.intern("builtins"),
        "__class__" => vm.class_of(t.value()).value(),
        _ => return Ok(None),
    }))
}

/// Stores a special attribute of a class; returns false if `name` is not special.
pub fn set_type_special(vm: &mut Vm, t: Gc<TypeData>, name: Value, value: Value) -> PyResult<bool> {
    match crate::ops::str_of(name) {
        "__name__" => {
            if !crate::objects::is_kind(value, crate::objects::Kind::Str) {
                let n = vm.type_name_of(value);
                return Err(vm.type_error(format!(
                    "can only assign string to {}.__name__, not '{n}'",
                    vm.type_name(t)
                )));
            }
            t.name.set(value);
            Ok(true)
        }
        "__qualname__" => {
            t.qualname.set(value);
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// Stores a special attribute of a built-in object; returns false if not supported.
pub fn set_special_attr(vm: &mut Vm, obj: Value, name: Value, value: Value) -> PyResult<bool> {
    let n = crate::ops::str_of(name);
    if let Some(f) = Gc::<FunctionData>::from_value(obj) {
        match n {
            "__name__" => f.name.set(value),
            "__qualname__" => f.qualname.set(value),
            "__doc__" => f.doc.set(value),
            "__module__" => f.module.set(value),
            "__defaults__" => f.defaults.set(if value.is_none() {
                Value::UNBOUND
            } else {
                value
            }),
            "__kwdefaults__" => f.kwdefaults.set(if value.is_none() {
                Value::UNBOUND
            } else {
                value
            }),
            "__annotations__" => {
                if value.is_none() {
                    f.annotations.set(Value::UNBOUND);
                } else if crate::objects::is_kind(value, crate::objects::Kind::Dict) {
                    f.annotations.set(value);
                } else {
                    return Err(vm.type_error("__annotations__ must be set to a dict object"));
                }
            }
            _ => {
                let d = function_dict(vm, f);
                vm.dict_set(d, name, value)?;
            }
        }
        return Ok(true);
    }
    if let Some(e) = Gc::<ExceptionData>::from_value(obj) {
        match n {
            "__cause__" | "__context__" => {
                let base = vm.types.exc(crate::error::ExcKind::BaseException);
                if !value.is_none() && !vm.is_instance(value, base) {
                    let what = if n == "__cause__" { "cause" } else { "context" };
                    return Err(vm.type_error(format!(
                        "exception {what} must be None or derive from BaseException"
                    )));
                }
                if n == "__cause__" {
                    e.cause.set(value);
                    e.suppress_context.set(true);
                } else {
                    e.context.set(value);
                }
            }
            "__suppress_context__" => {
                let t = vm.truthy(value)?;
                e.suppress_context.set(t);
            }
            "args" => {
                let items = vm.collect_iterable(value)?;
                let t = vm.new_tuple(items);
                e.args.set(t);
            }
            "__traceback__" => {
                if !value.is_none() && vm.type_name_of(value) != "traceback" {
                    return Err(vm.type_error("__traceback__ must be a traceback or None"));
                }
            }
            _ => {
                let d = exception_dict(vm, e);
                vm.dict_set(d, name, value)?;
            }
        }
        return Ok(true);
    }
    Ok(false)
}
