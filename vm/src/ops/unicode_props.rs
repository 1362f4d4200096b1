//! CPython's character classes for `str.isalpha`, `isnumeric`, `isdigit` and
//! `isidentifier` (Rust's `char::is_alphabetic` also admits letter numbers and marks, and
//! `is_numeric` misses ideographs with numeric values), from generated tables.

use super::unicode_ident_tables as ident;
use super::unicode_props_tables as tables;

/// Whether `c` lies in one of the inclusive, ascending `ranges`.
pub fn in_ranges(ranges: &[(u32, u32)], c: char) -> bool {
    let u = c as u32;
    let i = ranges.partition_point(|&(start, _)| start <= u);
    i > 0 && ranges[i - 1].1 >= u
}

/// `c.isalpha()`.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(&tables::ALPHA, c)
}

/// `c.isnumeric()`.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(&tables::NUMERIC, c)
}

/// `c.isdigit()`.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(&tables::DIGIT, c)
}

/// Whether `c` may start an identifier.
pub fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphabetic();
    }
    in_ranges(&ident::ID_START, c)
}

/// Whether `c` may continue an identifier.
pub fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphanumeric();
    }
    in_ranges(&ident::ID_CONTINUE, c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_follow_cpython() {
        assert!(is_alpha('é') && !is_alpha('\u{2167}') && !is_alpha('\u{345}'));
        assert!(is_numeric('\u{4e94}') && is_numeric('½') && !is_numeric('a'));
        assert!(is_digit('²') && !is_digit('½'));
        assert!(is_id_start('\u{2118}') && !is_id_start('1') && is_id_continue('1'));
    }
}
