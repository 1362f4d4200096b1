//! `str`: immutable unicode text, stored as UTF-8 with its length in code points.
//!
//! ASCII strings (the common case) index in O(1); others walk the UTF-8 bytes. The hash is
//! computed once and cached (FNV-1a over the bytes, never -1).

use super::{Kind, Payload};
use pyrite_gc::Tracer;
use std::cell::Cell;

/// Payload of `str` objects.
pub struct StrData {
    s: Box<str>,
    char_len: usize,
    hash: Cell<i64>,
}

const NO_HASH: i64 = -1;

impl Payload for StrData {
    const KIND: Kind = Kind::Str;
    fn trace(&self, _tracer: &mut dyn Tracer) {}
    fn external_size(&self) -> usize {
        self.s.len()
    }
}

impl StrData {
    /// A string payload.
    pub fn new(s: impl Into<Box<str>>) -> StrData {
        let s = s.into();
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrData {
            s,
            char_len,
            hash: Cell::new(NO_HASH),
        }
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points (Python's `len`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// Whether every character is ASCII (then byte and character indices agree).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    /// The string's hash (cached).
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != NO_HASH {
            return h;
        }
        let h = hash_str(&self.s);
        self.hash.set(h);
        h
    }

    /// The character at code-point index `i` (< char_len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).expect("index checked by caller")
        }
    }

    /// Byte offset of code-point index `i` (may equal the byte length).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(b, _)| b)
        }
    }

    /// Code-point index of byte offset `b` (a char boundary).
    pub fn char_index(&self, b: usize) -> usize {
        if self.is_ascii() {
            b
        } else {
            self.s[..b].chars().count()
        }
    }
}

/// FNV-1a over the UTF-8 bytes, folded so that the result is never -1.
pub fn hash_str(s: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in s.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}
