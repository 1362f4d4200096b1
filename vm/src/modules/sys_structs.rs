//! `sys`'s struct sequences: `sys.version_info` and `sys.float_info` are tuples whose items
//! are also named attributes, printed as `sys.float_info(max=..., ...)`.

use crate::error::PyResult;
use crate::objects::function::Args;
use crate::objects::{Gc, InstanceData, TypeData};
use crate::value::Value;
use crate::vm::Vm;

/// The attribute listing the field names, in the class namespace.
const FIELDS: &str = "_pyrite_fields";

/// A tuple subclass `sys.NAME` instance holding `fields` in order, each also an attribute.
pub(super) fn struct_seq(vm: &mut Vm, name: &str, fields: &[(&str, Value)]) -> Value {
    let n = vm.new_str(name);
    let bases = vm.new_tuple(vec![vm.types.tuple.value()]);
    let ns = vm.new_dict();
    let module = vm.new_str("sys");
    let _ = vm.dict_set(ns, vm.names.module, module);
    let names: Vec<Value> = fields.iter().map(|(k, _)| vm.intern(k)).collect();
    let names = vm.new_tuple(names);
    let key = vm.intern(FIELDS);
    let _ = vm.dict_set(ns, key, names);
    let cls = vm.type_new(n, bases, ns.value()).expect("class creation");
    vm.make_permanent(cls);
    let t = Gc::<TypeData>::from_value(cls).expect("class");
    vm.add_method(t, "__repr__", struct_seq_repr);
    let items = vm.new_tuple(fields.iter().map(|(_, v)| *v).collect());
    let v = vm.call(cls, &[items], &[]).expect("struct sequence");
    let inst = Gc::<InstanceData>::from_value(v).expect("instance");
    for (k, x) in fields {
        let key = vm.intern(k);
        let _ = vm.dict_set(inst.dict.get(), key, *x);
    }
    v
}

fn struct_seq_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_arity("__repr__", &args, 0, 0)?;
    let obj = args.pos[0];
    let cls = vm.class_of(obj);
    let key = vm.intern(FIELDS);
    let names = vm.lookup_type(cls, key).unwrap_or(Value::NONE);
    let names = vm.collect_iterable(names)?;
    let mut parts = Vec::with_capacity(names.len());
    for name in names {
        let v = vm.getattr(obj, name)?;
        let r = vm.repr(v)?;
        parts.push(format!("{}={r}", crate::ops::str_of(name)));
    }
    let n = vm.type_name(cls);
    Ok(vm.new_str(format!("sys.{n}({})", parts.join(", "))))
}

/// `sys.version_info`.
pub(super) fn version_info(vm: &mut Vm) -> Value {
    let level = vm.new_str("final");
    struct_seq(
        vm,
        "version_info",
        &[
            ("major", Value::small(3)),
            ("minor", Value::small(11)),
            ("micro", Value::small(7)),
            ("releaselevel", level),
            ("serial", Value::small(0)),
        ],
    )
}

/// `sys.float_info`: the parameters of IEEE 754 binary64.
pub(super) fn float_info(vm: &mut Vm) -> Value {
    let max = vm.new_float(f64::MAX);
    let min = vm.new_float(f64::MIN_POSITIVE);
    let eps = vm.new_float(f64::EPSILON);
    struct_seq(
        vm,
        "float_info",
        &[
            ("max", max),
            ("max_exp", Value::small(f64::MAX_EXP as i64)),
            ("max_10_exp", Value::small(f64::MAX_10_EXP as i64)),
            ("min", min),
            ("min_exp", Value::small(f64::MIN_EXP as i64)),
            ("min_10_exp", Value::small(f64::MIN_10_EXP as i64)),
            ("dig", Value::small(f64::DIGITS as i64)),
            ("mant_dig", Value::small(f64::MANTISSA_DIGITS as i64)),
            ("epsilon", eps),
            ("radix", Value::small(f64::RADIX as i64)),
            ("rounds", Value::small(1)),
        ],
    )
}
