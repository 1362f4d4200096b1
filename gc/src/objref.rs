//! [`ObjRef`]: a typed, non-null reference to a heap object's header.
//!
//! This is the one place where the collector's raw addresses become references. An `ObjRef`
//! is created only by the allocator (for a cell it just handed out) or by the unsafe
//! [`ObjRef::from_raw`], whose caller vouches for the address. Objects die only in a
//! collection, and collections run only at the VM's safepoints, where every `ObjRef` that is
//! still used afterwards is reachable from a root. Between safepoints an `ObjRef` therefore
//! always points at a live object, which is what makes [`ObjRef::header`] safe to call.

use crate::header::{Header, HEADER_SIZE};
use std::fmt;
use std::ptr::NonNull;

/// A reference to a heap (or static) object: the address of its [`Header`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(transparent)]
pub struct ObjRef(NonNull<Header>);

impl ObjRef {
    /// Makes a reference from an object address.
    ///
    /// # Safety
    /// `addr` must be the address of a live object's header (allocated by a [`crate::Heap`]
    /// and not yet reclaimed, or a static object that outlives every use).
    #[inline]
    pub unsafe fn from_raw(addr: usize) -> ObjRef {
        debug_assert!(
            addr != 0 && addr.is_multiple_of(8),
            "bad object address {addr:#x}"
        );
        // SAFETY: the caller guarantees a live, non-null header address.
        ObjRef(unsafe { NonNull::new_unchecked(addr as *mut Header) })
    }

    /// Makes a reference to a header the caller owns (e.g. a static object).
    pub fn from_header(header: &'static Header) -> ObjRef {
        ObjRef(NonNull::from(header))
    }

    pub(crate) fn from_ptr(ptr: NonNull<Header>) -> ObjRef {
        ObjRef(ptr)
    }

    /// The object's address.
    #[inline]
    pub fn addr(self) -> usize {
        self.0.as_ptr() as usize
    }

    /// The object's header.
    #[inline]
    pub fn header<'a>(self) -> &'a Header {
        // SAFETY: by the module invariant an ObjRef points at a live object between safepoints;
        // the header is only accessed through `Cell`s, so shared references never alias a
        // `&mut`.
        let h = unsafe { self.0.as_ref() };
        debug_assert!(
            !h.has(crate::header::flags::FREE),
            "use of a freed object at {:#x} (a rooting bug)",
            self.addr()
        );
        h
    }

    /// Pointer to the first payload byte (just after the header).
    #[inline]
    pub fn payload_ptr(self) -> *mut u8 {
        (self.addr() + HEADER_SIZE) as *mut u8
    }

    /// Reinterprets the object as a `#[repr(C)]` struct whose first field is the [`Header`].
    ///
    /// # Safety
    /// The object must really have layout `T` (the VM checks its kind tag first), and no
    /// `&mut T` to it may exist for the returned lifetime.
    #[inline]
    pub unsafe fn cast<'a, T>(self) -> &'a T {
        // SAFETY: the caller guarantees the layout; liveness holds by the module invariant.
        unsafe { &*(self.0.as_ptr() as *const T) }
    }
}

impl fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ObjRef({:#x})", self.addr())
    }
}
