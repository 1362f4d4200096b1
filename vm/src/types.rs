//! The built-in classes, created once per VM.
//!
//! Bootstrapping is circular (`type` is an instance of itself, every class has a `dict` and a
//! `str` name), so the five core classes are first allocated with a null class word and
//! patched once they all exist.

use crate::error::ExcKind;
use crate::objects::{typeobj::tflags, DictData, Gc, Kind, StrData, TypeData};
use crate::value::Value;
use crate::vm::{alloc_in, PyHeap};
use rustc_hash::FxHashMap as HashMap;
use std::cell::{Cell, RefCell};

macro_rules! builtin_types {
    ($($field:ident = $name:literal : $base:ident, $layout:ident, $flags:expr;)*) => {
        /// Every built-in class (exceptions are in `exceptions`, indexed by [`ExcKind`]).
        pub struct BuiltinTypes {
            /// `type`.
            pub type_: Gc<TypeData>,
            /// `object`.
            pub object: Gc<TypeData>,
            /// `dict`.
            pub dict: Gc<TypeData>,
            /// `str`.
            pub str_: Gc<TypeData>,
            /// `tuple`.
            pub tuple: Gc<TypeData>,
            $(#[doc = concat!("`", $name, "`.")] pub $field: Gc<TypeData>,)*
            /// Built-in exception classes by [`ExcKind`].
            pub exceptions: Vec<Gc<TypeData>>,
        }

        impl BuiltinTypes {
            /// Creates all built-in classes in `heap`.
            pub fn create(heap: &mut PyHeap) -> BuiltinTypes {
                let mut f = Factory::new(heap);
                let (type_, object, dict, str_, tuple) = (f.type_, f.object, f.dict, f.str_, f.tuple);
                $(let $field = f.make($name, builtin_types!(@base f, $base), Kind::$layout, $flags);)*
                let mut exceptions: Vec<Gc<TypeData>> = Vec::new();
                for &k in ExcKind::ALL {
                    let base = if k == ExcKind::BaseException { object } else { exceptions[k.base() as usize] };
                    exceptions.push(f.make(k.name(), base, Kind::Exception, tflags::BASETYPE | tflags::EXCEPTION));
                }
                BuiltinTypes { type_, object, dict, str_, tuple, $($field,)* exceptions }
            }

            /// Every built-in class (for rooting and module setup).
            pub fn all(&self) -> Vec<Gc<TypeData>> {
                let mut v = vec![self.type_, self.object, self.dict, self.str_, self.tuple, $(self.$field,)*];
                v.extend(self.exceptions.iter().copied());
                v
            }
        }
    };
    (@base $f:ident, object) => { $f.object };
    (@base $f:ident, $base:ident) => { $base };
}

const B: u32 = tflags::BASETYPE;

builtin_types! {
    int = "int": object, BigInt, B;
    bool_ = "bool": int, BigInt, 0;
    float = "float": object, Float, B;
    list = "list": object, List, B;
    set = "set": object, Set, B;
    frozenset = "frozenset": object, Set, B;
    none = "NoneType": object, Instance, 0;
    // Flagged as heap types so that operators, repr and hash dispatch through their
    // (native) methods.
    union_type = "UnionType": object, Instance, tflags::HEAPTYPE;
    generic_alias = "GenericAlias": object, Instance, tflags::HEAPTYPE;
    not_implemented = "NotImplementedType": object, Instance, 0;
    ellipsis = "ellipsis": object, Instance, 0;
    range = "range": object, Range, 0;
    slice = "slice": object, Slice, 0;
    function = "function": object, Function, 0;
    builtin_function = "builtin_function_or_method": object, Builtin, 0;
    method = "method": object, BoundMethod, 0;
    code = "code": object, Code, 0;
    cell = "cell": object, Cell, 0;
    module = "module": object, Module, B;
    generator = "generator": object, Generator, 0;
    coroutine = "coroutine": object, Generator, 0;
    async_generator = "async_generator": object, Generator, 0;
    async_generator_asend = "async_generator_asend": object, Instance, 0;
    async_generator_value = "async_generator_wrapped_value": object, Instance, 0;
    property = "property": object, Property, B;
    staticmethod = "staticmethod": object, Wrapper, B;
    classmethod = "classmethod": object, Wrapper, B;
    super_ = "super": object, Super, B;
    native_state = "native_state": object, Native, 0;
    list_iterator = "list_iterator": object, Iter, 0;
    list_reverseiterator = "list_reverseiterator": object, Iter, 0;
    tuple_iterator = "tuple_iterator": object, Iter, 0;
    str_ascii_iterator = "str_ascii_iterator": object, Iter, 0;
    str_iterator = "str_iterator": object, Iter, 0;
    range_iterator = "range_iterator": object, Iter, 0;
    dict_keyiterator = "dict_keyiterator": object, Iter, 0;
    dict_valueiterator = "dict_valueiterator": object, Iter, 0;
    dict_itemiterator = "dict_itemiterator": object, Iter, 0;
    dict_reversekeyiterator = "dict_reversekeyiterator": object, Iter, 0;
    dict_reversevalueiterator = "dict_reversevalueiterator": object, Iter, 0;
    dict_reverseitemiterator = "dict_reverseitemiterator": object, Iter, 0;
    set_iterator = "set_iterator": object, Iter, 0;
    enumerate = "enumerate": object, Iter, B;
    zip = "zip": object, Iter, B;
    map = "map": object, Iter, B;
    filter = "filter": object, Iter, B;
    reversed = "reversed": object, Iter, B;
    callable_iterator = "callable_iterator": object, Iter, 0;
    iterator = "iterator": object, Iter, 0;
    dict_keys = "dict_keys": object, DictView, 0;
    dict_values = "dict_values": object, DictView, 0;
    dict_items = "dict_items": object, DictView, 0;
}

impl BuiltinTypes {
    /// The class of a built-in exception.
    #[inline]
    pub fn exc(&self, kind: ExcKind) -> Gc<TypeData> {
        self.exceptions[kind as usize]
    }
}

/// Makes classes during bootstrap.
struct Factory<'h> {
    heap: &'h mut PyHeap,
    type_: Gc<TypeData>,
    object: Gc<TypeData>,
    dict: Gc<TypeData>,
    str_: Gc<TypeData>,
    tuple: Gc<TypeData>,
}

impl<'h> Factory<'h> {
    fn new(heap: &'h mut PyHeap) -> Factory<'h> {
        let mut core = Vec::new();
        for (name, layout) in [
            ("type", Kind::Type),
            ("object", Kind::Instance),
            ("dict", Kind::Dict),
            ("str", Kind::Str),
            ("tuple", Kind::Tuple),
        ] {
            let d = alloc_in(heap, 0, DictData::new());
            let t = alloc_in(heap, 0, raw_type(d, layout, B));
            core.push((name, t, d));
        }
        let (type_, object, dict, str_, tuple) =
            (core[0].1, core[1].1, core[2].1, core[3].1, core[4].1);
        for &(name, t, d) in &core {
            t.header().set_class(type_.obj().addr());
            d.header().set_class(dict.obj().addr());
            let n = alloc_in(heap, str_.obj().addr(), StrData::new(name)).value();
            t.name.set(n);
            t.qualname.set(n);
            let mro = if t == object {
                vec![t.value()]
            } else {
                vec![t.value(), object.value()]
            };
            if t != object {
                t.bases.borrow_mut().push(object.value());
            }
            *t.mro.borrow_mut() = mro;
        }
        Factory {
            heap,
            type_,
            object,
            dict,
            str_,
            tuple,
        }
    }

    fn make(&mut self, name: &str, base: Gc<TypeData>, layout: Kind, flags: u32) -> Gc<TypeData> {
        let d = alloc_in(self.heap, self.dict.obj().addr(), DictData::new());
        let t = alloc_in(
            self.heap,
            self.type_.obj().addr(),
            raw_type(d, layout, flags),
        );
        let n = alloc_in(self.heap, self.str_.obj().addr(), StrData::new(name)).value();
        t.name.set(n);
        t.qualname.set(n);
        t.bases.borrow_mut().push(base.value());
        let mut mro = vec![t.value()];
        mro.extend(base.mro.borrow().iter().copied());
        *t.mro.borrow_mut() = mro;
        t.base_layout.set(layout);
        t
    }
}

fn raw_type(dict: Gc<DictData>, layout: Kind, flags: u32) -> TypeData {
    TypeData {
        name: Cell::new(Value::NONE),
        qualname: Cell::new(Value::NONE),
        bases: RefCell::new(Vec::new()),
        mro: RefCell::new(Vec::new()),
        dict,
        layout,
        base_layout: Cell::new(layout),
        flags: Cell::new(flags),
        cache: RefCell::new(HashMap::default()),
        cache_epoch: Cell::new(0),
        ctor: Cell::new(Default::default()),
        slots: RefCell::new(None),
        serial: crate::objects::typeobj::next_serial(),
    }
}
