//! The object model: every heap object is a [`PyObj<T>`], a gc [`Header`] followed by a
//! payload `T`. The header's class word holds the address of the object's class (a
//! [`TypeData`] object); its kind byte says which payload follows, so the collector can trace
//! and finalize without knowing Python.
//!
//! The list of payload kinds is written once, in [`define_kinds!`], which generates the
//! [`Kind`] enum and the trace/finalize dispatch used by the collector binding.
//!
//! Payloads use `Cell`/`RefCell` for mutable state: objects are shared freely between
//! registers and containers, and the VM never holds a `RefCell` borrow across a call into
//! Python code, so a borrow conflict would be a VM bug reported as a panic, never undefined
//! behaviour.

pub mod bigint;
pub mod cell;
pub mod code;
pub mod dict;
pub mod exception;
pub mod float;
pub mod function;
pub mod generator;
pub mod instance;
pub mod iter;
pub mod list;
pub mod misc;
pub mod module;
pub mod native;
pub mod set;
pub mod str;
pub mod tuple;
pub mod typeobj;

use crate::value::Value;
use pyrite_gc::header::HEADER_SIZE;
use pyrite_gc::{Header, ObjRef, Tracer};
use std::marker::PhantomData;
use std::ops::Deref;

pub use bigint::BigIntData;
pub use cell::CellData;
pub use code::CodeData;
pub use dict::DictData;
pub use exception::ExceptionData;
pub use float::FloatData;
pub use function::{BoundMethodData, BuiltinData, FunctionData};
pub use generator::GeneratorData;
pub use instance::InstanceData;
pub use iter::IterData;
pub use list::ListData;
pub use misc::{DictViewData, PropertyData, RangeData, SliceData, SuperData, WrapperData};
pub use module::ModuleData;
pub use native::NativeData;
pub use set::SetData;
pub use str::StrData;
pub use tuple::TupleData;
pub use typeobj::TypeData;

/// A heap object: the gc header and a payload.
#[repr(C)]
pub struct PyObj<T> {
    /// The collector's header (class word, mark bits, kind).
    pub header: Header,
    /// The object's contents.
    pub data: T,
}

/// A payload type that can live in the heap.
pub trait Payload: Sized + 'static {
    /// The kind tag written in the header.
    const KIND: Kind;
    /// Reports every value this payload holds.
    fn trace(&self, tracer: &mut dyn Tracer);
    /// Bytes owned outside the heap (buffers), for statistics and triggers.
    fn external_size(&self) -> usize {
        0
    }
}

/// Reports a value to a tracer if it is a heap object.
#[inline]
pub fn trace_value(v: Value, tracer: &mut dyn Tracer) {
    if let Some(o) = v.as_obj() {
        tracer.visit(o);
    }
}

/// Reports every value of a slice.
pub fn trace_values(vs: &[Value], tracer: &mut dyn Tracer) {
    for &v in vs {
        trace_value(v, tracer);
    }
}

macro_rules! define_kinds {
    ($($kind:ident => $payload:ty),* $(,)?) => {
        /// Which payload follows a header.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Kind { $($kind),* }

        $(const _: () = assert!(<$payload as Payload>::KIND as u8 == Kind::$kind as u8);)*

        /// The kind of an object (from its header).
        #[inline]
        fn kind_of_obj(obj: ObjRef) -> Kind {
            let k = obj.header().kind();
            debug_assert!((k as usize) < [$(Kind::$kind),*].len());
            // SAFETY: kind bytes are only written from `Kind` discriminants (by `Vm::alloc`).
            unsafe { std::mem::transmute::<u8, Kind>(k) }
        }

        /// Calls the payload's `trace` for an object of any kind.
        pub fn trace_object(obj: ObjRef, tracer: &mut dyn Tracer) {
            match kind_of_obj(obj) {
                $(Kind::$kind => {
                    // SAFETY: the kind byte was written by `Vm::alloc` for a `PyObj<$payload>`.
                    let o = unsafe { obj.cast::<PyObj<$payload>>() };
                    o.data.trace(tracer)
                })*
            }
        }

        /// Drops the payload of a dead object of any kind.
        pub fn finalize_object(obj: ObjRef) {
            match kind_of_obj(obj) {
                $(Kind::$kind => {
                    let p = obj.payload_ptr() as *mut $payload;
                    // SAFETY: the object is dead (unreachable) and its payload is dropped once,
                    // by the collector, before the cell is reused.
                    unsafe { std::ptr::drop_in_place(p) }
                })*
            }
        }

        /// External bytes of an object of any kind.
        pub fn external_size_of(obj: ObjRef) -> usize {
            match kind_of_obj(obj) {
                $(Kind::$kind => {
                    // SAFETY: as in `trace_object`.
                    unsafe { obj.cast::<PyObj<$payload>>() }.data.external_size()
                })*
            }
        }
    };
}

define_kinds! {
    Type => TypeData,
    Str => StrData,
    BigInt => BigIntData,
    Float => FloatData,
    Tuple => TupleData,
    List => ListData,
    Dict => DictData,
    Set => SetData,
    Range => RangeData,
    Slice => SliceData,
    Code => CodeData,
    Function => FunctionData,
    Cell => CellData,
    Builtin => BuiltinData,
    BoundMethod => BoundMethodData,
    Instance => InstanceData,
    Exception => ExceptionData,
    Generator => GeneratorData,
    Module => ModuleData,
    Property => PropertyData,
    Wrapper => WrapperData,
    Iter => IterData,
    DictView => DictViewData,
    Super => SuperData,
    Native => NativeData,
}

/// A typed reference to a heap object with payload `T`.
#[repr(transparent)]
pub struct Gc<T> {
    obj: ObjRef,
    _t: PhantomData<*const T>,
}

impl<T> Clone for Gc<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Gc<T> {}
impl<T> PartialEq for Gc<T> {
    fn eq(&self, other: &Self) -> bool {
        self.obj == other.obj
    }
}
impl<T> Eq for Gc<T> {}
impl<T> std::hash::Hash for Gc<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.obj.hash(state)
    }
}
impl<T> std::fmt::Debug for Gc<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Gc({:#x})", self.obj.addr())
    }
}

impl<T: Payload> Gc<T> {
    /// Wraps an object known to have payload `T`.
    ///
    /// # Safety
    /// `obj` must be a live `PyObj<T>`.
    #[inline]
    pub unsafe fn from_obj_unchecked(obj: ObjRef) -> Gc<T> {
        Gc {
            obj,
            _t: PhantomData,
        }
    }

    /// The typed reference, if `v` is an object of kind `T`.
    #[inline]
    pub fn from_value(v: Value) -> Option<Gc<T>> {
        let obj = v.as_obj()?;
        if obj.header().kind() == T::KIND as u8 {
            // SAFETY: the kind byte says the payload is `T`.
            Some(unsafe { Gc::from_obj_unchecked(obj) })
        } else {
            None
        }
    }

    /// The object reference.
    #[inline]
    pub fn obj(self) -> ObjRef {
        self.obj
    }

    /// The object as a value.
    #[inline]
    pub fn value(self) -> Value {
        Value::from_obj(self.obj)
    }

    /// The object's header.
    #[inline]
    pub fn header(self) -> &'static Header {
        self.obj.header()
    }

    /// The payload with an unbounded lifetime (the object lives until a safepoint finds it
    /// unreachable; callers must not keep the reference across a safepoint).
    #[inline]
    pub fn payload<'a>(self) -> &'a T {
        // SAFETY: a `Gc<T>` is only made for objects of kind T (checked in `from_value` or
        // guaranteed by `alloc`); liveness follows from the safepoint discipline (see
        // `pyrite_gc::objref`). The payload is only mutated through Cell/RefCell.
        unsafe { &self.obj.cast::<PyObj<T>>().data }
    }
}

impl<T: Payload> Deref for Gc<T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        self.payload()
    }
}

/// Payload offset check: every payload starts right after the header.
pub const fn payload_offset<T>() -> usize {
    assert!(std::mem::align_of::<T>() <= HEADER_SIZE);
    HEADER_SIZE
}

/// Whether `v` is a heap object of the given kind.
#[inline]
pub fn is_kind(v: Value, kind: Kind) -> bool {
    match v.as_obj() {
        Some(o) => o.header().kind() == kind as u8,
        None => false,
    }
}

/// The kind of a heap value.
#[inline]
pub fn kind_of(v: Value) -> Option<Kind> {
    let k = v.as_obj()?.header().kind();
    // SAFETY: kind bytes are only written from `Kind` discriminants by `Vm::alloc`.
    Some(unsafe { std::mem::transmute::<u8, Kind>(k) })
}
