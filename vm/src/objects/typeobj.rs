//! Type objects (classes). Built-in types and user classes share this payload.
//!
//! Attribute lookup walks the MRO (computed with C3 linearization when the class is made);
//! the result of each lookup is cached per class, and every store to any class's dict bumps
//! the VM's type epoch, which empties all caches.

use super::{trace_value, trace_values, DictData, Gc, Kind, Payload};
use crate::value::Value;
use pyrite_gc::Tracer;
use rustc_hash::FxHashMap as HashMap;
use std::cell::{Cell, RefCell};

/// Type flags.
pub mod tflags {
    /// Defined by a `class` statement.
    pub const HEAPTYPE: u32 = 1;
    /// May be subclassed.
    pub const BASETYPE: u32 = 2;
    /// A subclass of BaseException.
    pub const EXCEPTION: u32 = 4;
    /// Has a user-defined `__getattr__` somewhere in its MRO (cached).
    pub const HAS_GETATTR: u32 = 8;
    /// Has Python-level special methods (so operators must look them up).
    pub const HAS_DUNDERS: u32 = 16;
}

/// Payload of type objects.
pub struct TypeData {
    /// `__name__`.
    pub name: Cell<Value>,
    /// `__qualname__`.
    pub qualname: Cell<Value>,
    /// `__bases__`.
    pub bases: RefCell<Vec<Value>>,
    /// `__mro__`, starting with the class itself.
    pub mro: RefCell<Vec<Value>>,
    /// The class namespace.
    pub dict: Gc<DictData>,
    /// Payload kind of instances created by calling the class.
    pub layout: Kind,
    /// For user classes deriving from a built-in type (list, dict, int...), that type's
    /// layout: instances keep a value of it as their base. Otherwise the class's own layout.
    pub base_layout: Cell<Kind>,
    /// [`tflags`] bits.
    pub flags: Cell<u32>,
    /// Lookup cache: interned-name address -> attribute (or unbound when absent).
    pub cache: RefCell<HashMap<u64, Value>>,
    /// The VM type epoch the cache is valid for.
    pub cache_epoch: Cell<u64>,
    /// What calling the class does (its `__new__` and `__init__`), cached per type epoch.
    pub ctor: Cell<CtorCache>,
    /// For classes whose instances have no `__dict__` (`__slots__` all the way up): the
    /// attribute names instances may hold (interned). `None`: any name.
    pub slots: RefCell<Option<Vec<Value>>>,
    /// Creation order among all classes (`type.__subclasses__` lists in this order).
    pub serial: u64,
}

/// The next class creation serial number.
pub fn next_serial() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// The constructor protocol of a class, as found in its MRO.
#[derive(Clone, Copy, Debug, Default)]
pub struct CtorCache {
    /// Type epoch this entry is valid for (0: never filled).
    pub epoch: u64,
    /// A user-defined `__new__` (the function), or unbound for `object.__new__`.
    pub new_fn: Value,
    /// The `__init__` found on the class.
    pub init: Value,
    /// Whether `__init__` is `object.__init__`.
    pub object_init: bool,
    /// Whether the class has a non-empty `__abstractmethods__` (instantiation fails).
    pub is_abstract: bool,
}

impl TypeData {
    /// Whether a flag is set.
    #[inline]
    pub fn has(&self, flag: u32) -> bool {
        self.flags.get() & flag != 0
    }
}

impl Payload for TypeData {
    const KIND: Kind = Kind::Type;
    fn trace(&self, tracer: &mut dyn Tracer) {
        trace_value(self.name.get(), tracer);
        trace_value(self.qualname.get(), tracer);
        trace_values(&self.bases.borrow(), tracer);
        trace_values(&self.mro.borrow(), tracer);
        tracer.visit(self.dict.obj());
        for v in self.cache.borrow().values() {
            trace_value(*v, tracer);
        }
        if let Some(names) = &*self.slots.borrow() {
            trace_values(names, tracer);
        }
        let c = self.ctor.get();
        trace_value(c.new_fn, tracer);
        trace_value(c.init, tracer);
    }
}
