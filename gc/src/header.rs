//! The object header that starts every heap object.
//!
//! Every collector pyrite has or will have reads the same 16-byte header, so that object types
//! never change when the collector does:
//!
//! ```text
//! offset 0   class: usize   VM-defined type word (pyrite stores its class pointer here).
//!                           On a free cell the allocator keeps its free-list link here.
//! offset 8   rc:    u32     reference count (used by the refcounting plan; 0 otherwise)
//! offset 12  flags: u8      MARK | FREE | STATIC | LOGGED | age (2 bits)
//! offset 13  kind:  u8      VM-defined layout tag: which payload follows the header
//! offset 14  size_class: u16  allocator size class, or LARGE for individually allocated objects
//! ```
//!
//! The offsets are constants ([`CLASS_OFFSET`] and friends) so that JIT-compiled code can load
//! the class or test the mark bits directly.

use std::cell::Cell;

/// Byte offset of the class word.
pub const CLASS_OFFSET: usize = 0;
/// Byte offset of the reference count.
pub const RC_OFFSET: usize = 8;
/// Byte offset of the flag byte.
pub const FLAGS_OFFSET: usize = 12;
/// Byte offset of the layout kind byte.
pub const KIND_OFFSET: usize = 13;
/// Size of the header in bytes; payloads start here.
pub const HEADER_SIZE: usize = 16;

/// `size_class` value of objects allocated outside the size-class blocks.
pub const LARGE: u16 = u16::MAX;

/// Flag bits of the header.
pub mod flags {
    /// Set by the marker on reachable objects; cleared by the sweeper.
    pub const MARK: u8 = 1 << 0;
    /// The cell is on a free list: it holds no object.
    pub const FREE: u8 = 1 << 1;
    /// The object is not in the heap (a static or immortal object): never marked or freed.
    pub const STATIC: u8 = 1 << 2;
    /// Generational/RC barrier: the object is already in the remembered set or modified log.
    pub const LOGGED: u8 = 1 << 3;
    /// Two bits of age for a generational plan (survived collections, saturating at 3).
    pub const AGE_SHIFT: u8 = 4;
    /// Mask of the age bits.
    pub const AGE_MASK: u8 = 0b11 << AGE_SHIFT;
}

/// The header at the start of every heap object.
///
/// Fields use [`Cell`] because the VM is single-threaded and headers are updated through
/// shared references (marking, reference counts).
#[repr(C)]
#[derive(Debug)]
pub struct Header {
    class: Cell<usize>,
    rc: Cell<u32>,
    flags: Cell<u8>,
    kind: Cell<u8>,
    size_class: Cell<u16>,
}

const _: () = {
    assert!(std::mem::size_of::<Header>() == HEADER_SIZE);
    assert!(std::mem::offset_of!(Header, class) == CLASS_OFFSET);
    assert!(std::mem::offset_of!(Header, rc) == RC_OFFSET);
    assert!(std::mem::offset_of!(Header, flags) == FLAGS_OFFSET);
    assert!(std::mem::offset_of!(Header, kind) == KIND_OFFSET);
};

impl Header {
    /// A header for a new object: unmarked, age 0, reference count 0.
    pub fn new(class: usize, kind: u8, size_class: u16) -> Header {
        Header {
            class: Cell::new(class),
            rc: Cell::new(0),
            flags: Cell::new(0),
            kind: Cell::new(kind),
            size_class: Cell::new(size_class),
        }
    }

    /// A header for an object that lives outside the heap and is never collected.
    pub fn new_static(class: usize, kind: u8) -> Header {
        let h = Header::new(class, kind, LARGE);
        h.flags.set(flags::STATIC);
        h
    }

    /// The VM-defined class word.
    #[inline]
    pub fn class(&self) -> usize {
        self.class.get()
    }

    /// Replaces the class word (Python's `obj.__class__ = ...`).
    #[inline]
    pub fn set_class(&self, class: usize) {
        self.class.set(class)
    }

    /// The VM-defined layout kind.
    #[inline]
    pub fn kind(&self) -> u8 {
        self.kind.get()
    }

    /// The allocator size class ([`LARGE`] for large objects).
    #[inline]
    pub fn size_class(&self) -> u16 {
        self.size_class.get()
    }

    /// All flag bits.
    #[inline]
    pub fn flags(&self) -> u8 {
        self.flags.get()
    }

    /// Whether all bits of `bits` are set.
    #[inline]
    pub fn has(&self, bits: u8) -> bool {
        self.flags.get() & bits == bits
    }

    /// Sets the given flag bits.
    #[inline]
    pub fn set(&self, bits: u8) {
        self.flags.set(self.flags.get() | bits)
    }

    /// Clears the given flag bits.
    #[inline]
    pub fn clear(&self, bits: u8) {
        self.flags.set(self.flags.get() & !bits)
    }

    /// The object's age (number of collections survived, saturating at 3).
    pub fn age(&self) -> u8 {
        (self.flags.get() & flags::AGE_MASK) >> flags::AGE_SHIFT
    }

    /// Increments the age, saturating at 3.
    pub fn grow_older(&self) {
        let age = (self.age() + 1).min(3);
        self.flags
            .set((self.flags.get() & !flags::AGE_MASK) | (age << flags::AGE_SHIFT));
    }

    /// The reference count.
    pub fn rc(&self) -> u32 {
        self.rc.get()
    }

    /// Sets the reference count.
    pub fn set_rc(&self, rc: u32) {
        self.rc.set(rc)
    }

    /// Reinitialises a header in place (used when a cell is reused).
    pub(crate) fn reset(&self, class: usize, kind: u8, size_class: u16) {
        self.class.set(class);
        self.rc.set(0);
        self.flags.set(0);
        self.kind.set(kind);
        self.size_class.set(size_class);
    }

    /// Marks a cell free and stores the free-list link in the class word.
    pub(crate) fn make_free(&self, next: usize) {
        self.class.set(next);
        self.flags.set(flags::FREE);
    }
}
