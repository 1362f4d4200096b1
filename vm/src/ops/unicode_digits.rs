//! Unicode decimal digits (general category Nd), which `int()`, `float()` and
//! `str.isdecimal()` accept as CPython does.
//!
//! Unicode encodes every set of decimal digits as a contiguous run 0..9, so the table only
//! lists the code point of each run's zero (66 runs in Unicode 14.0, CPython 3.11's
//! version). Regenerate with:
//! `python3 -c "import sys, unicodedata as u; print([hex(c) for c in range(sys.maxunicode + 1) if u.decimal(chr(c), None) == 0])"`

/// The zero of every run of decimal digits, ascending.
const ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The value of a decimal digit (`unicodedata.decimal`), or `None`.
pub fn decimal_value(c: char) -> Option<u32> {
    let u = c as u32;
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let i = ZEROS.partition_point(|&z| z <= u).checked_sub(1)?;
    let d = u - ZEROS[i];
    (d < 10).then_some(d)
}

/// `s` with every non-ASCII decimal digit replaced by its ASCII digit (borrowed when there
/// is none), for number parsing.
pub fn ascii_digits(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.chars()
            .map(|c| match decimal_value(c) {
                Some(d) if !c.is_ascii() => char::from(b'0' + d as u8),
                _ => c,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_several_scripts() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{663}'), Some(3)); // ARABIC-INDIC DIGIT THREE
        assert_eq!(decimal_value('\u{ff19}'), Some(9)); // FULLWIDTH DIGIT NINE
        assert_eq!(decimal_value('\u{1d7ce}'), Some(0)); // MATHEMATICAL BOLD DIGIT ZERO
        assert_eq!(decimal_value('\u{b2}'), None); // SUPERSCRIPT TWO is a digit, not decimal
        assert_eq!(decimal_value('\u{66a}'), None); // just past a run
        assert_eq!(ascii_digits(" \u{661}\u{662} "), " 12 ");
    }
}
