//! Methods of `object` and `type`.

use crate::error::PyResult;
use crate::objects::function::Args;
use crate::objects::typeobj::tflags;
use crate::objects::{Gc, TypeData};
use crate::ops::compare::CmpOp;
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn install(vm: &mut Vm) {
    let o = vm.types.object;
    vm.add_method(o, "__init__", object_init);
    vm.add_staticmethod(o, "__new__", object_new);
    vm.add_method(o, "__repr__", object_repr);
    vm.add_method(o, "__str__", object_str);
    vm.add_method(o, "__eq__", object_eq);
    vm.add_method(o, "__ne__", object_ne);
    vm.add_method(o, "__lt__", not_implemented);
    vm.add_method(o, "__le__", not_implemented);
    vm.add_method(o, "__gt__", not_implemented);
    vm.add_method(o, "__ge__", not_implemented);
    vm.add_method(o, "__hash__", object_hash);
    vm.add_method(o, "__setattr__", object_setattr);
    vm.add_method(o, "__delattr__", object_delattr);
    vm.add_method(o, "__getattribute__", object_getattribute);
    vm.add_method(o, "__format__", object_format);
    vm.add_method(o, "__dir__", object_dir);
    vm.add_classmethod(o, "__init_subclass__", init_subclass);
    let t = vm.types.type_;
    vm.add_method(t, "mro", type_mro);
    vm.add_method(t, "__subclasses__", type_subclasses);
}

/// Whether class `t` inherits `object`'s own `__new__` (`is_new`) or `__init__`.
fn inherits_object_slot(vm: &mut Vm, t: Gc<TypeData>, is_new: bool) -> bool {
    let name = if is_new { vm.names.new } else { vm.names.init };
    let object = vm.types.object;
    vm.lookup_type(t, name) == vm.lookup_type(object, name)
}

/// CPython's `object.__init__`: extra arguments are an error unless the class overrides
/// `__new__` (and not `__init__`).
fn object_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.len() > 1 || !args.kw.is_empty() {
        let t = vm.class_of(args.pos[0]);
        if !inherits_object_slot(vm, t, false) {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if inherits_object_slot(vm, t, true) {
            let n = vm.type_name(t);
            return Err(vm.type_error(format!(
                "{n}.__init__() takes exactly one argument (the instance to initialize)"
            )));
        }
    }
    Ok(Value::NONE)
}

/// CPython's `object.__new__`: extra arguments are an error unless the class overrides
/// `__init__` (and not `__new__`); built-in types need their own `__new__`.
fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(&cls) = args.pos.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    let t = vm.type_arg(cls, "object.__new__(X): X is not a type object")?;
    let mut solid = t;
    while solid.has(tflags::HEAPTYPE) {
        let base = solid.bases.borrow().first().copied();
        match base.and_then(Gc::<TypeData>::from_value) {
            Some(b) => solid = b,
            None => break,
        }
    }
    if solid != vm.types.object {
        let (n, b) = (vm.type_name(t), vm.type_name(solid));
        return Err(vm.type_error(format!(
            "object.__new__({n}) is not safe, use {b}.__new__()"
        )));
    }
    if args.len() > 1 || !args.kw.is_empty() {
        if !inherits_object_slot(vm, t, true) {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if inherits_object_slot(vm, t, false) {
            let n = vm.type_name(t);
            return Err(vm.type_error(format!("{n}() takes no arguments")));
        }
    }
    vm.default_new(t, &args.pos[1..])
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("object.__repr__", &args, 0, 0)?;
    let s = vm.object_default_repr(args.pos[0]);
    Ok(vm.new_str(s))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("object.__str__", &args, 0, 0)?;
    let s = vm.repr(args.pos[0])?;
    Ok(vm.new_str(s))
}

fn object_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("object.__eq__", &args, 1, 1)?;
    Ok(if args.pos[0] == args.pos[1] {
        Value::TRUE
    } else {
        Value::NOT_IMPLEMENTED
    })
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("object.__ne__", &args, 1, 1)?;
    let (a, b) = (args.pos[0], args.pos[1]);
    let cls = vm.class_of(a);
    let eq = vm
        .lookup_type(cls, vm.names.eq)
        .expect("object defines __eq__");
    let r = vm.call_special(eq, a, &[b])?;
    if r == Value::NOT_IMPLEMENTED {
        return Ok(r);
    }
    let t = vm.truthy(r)?;
    Ok(Value::bool(!t))
}

fn not_implemented(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("object.__hash__", &args, 0, 0)?;
    Ok(vm.new_int(crate::ops::hash::pointer_hash(args.pos[0].raw())))
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("object.__setattr__", &args, 2, 2)?;
    let name = intern_name(vm, args.pos[1])?;
    vm.generic_setattr(args.pos[0], name, args.pos[2])?;
    Ok(Value::NONE)
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("object.__delattr__", &args, 1, 1)?;
    let name = intern_name(vm, args.pos[1])?;
    let obj = args.pos[0];
    if let Some(i) = Gc::<crate::objects::InstanceData>::from_value(obj) {
        if vm.dict_del(i.dict.get(), name)? {
            return Ok(Value::NONE);
        }
    }
    Err(vm.no_attribute(obj, name))
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("object.__getattribute__", &args, 1, 1)?;
    let name = intern_name(vm, args.pos[1])?;
    let obj = args.pos[0];
    // Types, modules and super objects have their own lookup; instances use the generic
    // one, without the `__getattr__` fallback (which is the caller's business).
    let plain = !crate::objects::is_kind(obj, crate::objects::Kind::Type)
        && !crate::objects::is_kind(obj, crate::objects::Kind::Module)
        && !crate::objects::is_kind(obj, crate::objects::Kind::Super);
    let found = if plain {
        let cls = vm.class_of(obj);
        vm.generic_getattr(obj, name, cls)?
    } else {
        return vm.getattr(obj, name);
    };
    match found {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(obj, name)),
    }
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("object.__format__", &args, 1, 1)?;
    let spec = vm.str_arg(args.pos[1], "format", "2")?.to_string();
    let s = vm.builtin_format(args.pos[0], &spec)?;
    Ok(vm.new_str(s))
}

fn object_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("object.__dir__", &args, 0, 0)?;
    vm.dir_of(args.pos[0])
}

fn init_subclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        let n = args
            .pos
            .first()
            .and_then(|&c| Gc::<TypeData>::from_value(c))
            .map(|t| vm.type_name(t))
            .unwrap_or_default();
        return Err(vm.type_error(format!(
            "{n}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::NONE)
}

fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("type.mro", &args, 0, 0)?;
    let t = vm.type_arg(args.pos[0], "descriptor 'mro' requires a 'type' object")?;
    let m = t.mro.borrow().clone();
    Ok(vm.new_list(m))
}

fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("type.__subclasses__", &args, 0, 0)?;
    let cls = vm.type_arg(
        args.pos[0],
        "descriptor '__subclasses__' requires a 'type' object",
    )?;
    // A heap walk: the direct subclasses still allocated, in creation order. Like
    // CPython's weak references, a class that is garbage but not yet collected may
    // still be listed.
    let mut found: Vec<(u64, Value)> = vm
        .heap
        .objects()
        .into_iter()
        .map(Value::from_obj)
        .filter_map(Gc::<TypeData>::from_value)
        .filter(|t| t.bases.borrow().contains(&cls.value()))
        .map(|t| (t.serial, t.value()))
        .collect();
    found.sort_by_key(|(serial, _)| *serial);
    Ok(vm.new_list(found.into_iter().map(|(_, v)| v).collect()))
}

/// An attribute-name argument as an interned string.
pub(super) fn intern_name(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match crate::ops::as_str(v) {
        Some(s) => {
            let s = s.to_string();
            Ok(vm.intern(&s))
        }
        None => {
            let n = vm.type_name_of(v);
            Err(vm.type_error(format!("attribute name must be string, not '{n}'")))
        }
    }
}

impl Vm {
    /// `dir(obj)`: sorted attribute names from the instance and its class hierarchy.
    pub fn dir_of(&mut self, obj: Value) -> PyResult<Value> {
        let mut names: Vec<String> = Vec::new();
        let add_dict = |vm: &Vm, d: Gc<crate::objects::DictData>, names: &mut Vec<String>| {
            for (k, _) in vm.dict_items(d) {
                if let Some(s) = crate::ops::as_str(k) {
                    names.push(s.to_string());
                }
            }
        };
        if let Some(i) = Gc::<crate::objects::InstanceData>::from_value(obj) {
            add_dict(self, i.dict.get(), &mut names);
        }
        if let Some(m) = Gc::<crate::objects::ModuleData>::from_value(obj) {
            add_dict(self, m.dict, &mut names);
        }
        let classes: Vec<Value> = match Gc::<TypeData>::from_value(obj) {
            Some(t) => t.mro.borrow().clone(),
            None if crate::objects::is_kind(obj, crate::objects::Kind::Module) => Vec::new(),
            None => self.class_of(obj).mro.borrow().clone(),
        };
        for c in classes {
            let t = Gc::<TypeData>::from_value(c).expect("class");
            add_dict(self, t.dict, &mut names);
        }
        names.sort();
        names.dedup();
        let vals: Vec<Value> = names.iter().map(|n| self.new_str(n.as_str())).collect();
        Ok(self.new_list(vals))
    }

    /// Compares with `op` and returns a bool (used by the natives of ordered types).
    pub fn compare_bool(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<bool> {
        let r = self.rich_compare(a, b, op)?;
        self.truthy(r)
    }
}
