//! Python's case semantics for `str` methods, on top of Rust's `char` case mappings.
//!
//! Rust gives upper- and lowercase mappings (full ones, such as `ß` → `SS`) and the
//! Lowercase/Uppercase properties. Python also needs titlecase mappings (`ǆ` → `ǅ`,
//! `ß` → `Ss`), full case folding (`ß` → `ss`, `ᾳ` → `αι`), the titlecase letters (category
//! Lt, neither upper nor lower), and the final-sigma rule of lowercasing: a capital sigma
//! becomes `ς` when a cased letter precedes it and none follows it, case-ignorable
//! characters (apostrophes, combining marks...) being skipped on both sides. Those tables
//! come from CPython's Unicode database ([`super::unicode_case_tables`]).

use super::unicode_case_tables as tables;

use super::unicode_props::in_ranges;

fn mapped(map: &[(u32, &'static str)], c: char) -> Option<&'static str> {
    map.binary_search_by_key(&(c as u32), |&(k, _)| k)
        .ok()
        .map(|i| map[i].1)
}

/// The Cased property (upper, lower and titlecase letters, and a few symbols).
pub fn is_cased(c: char) -> bool {
    in_ranges(&tables::CASED, c)
}

/// The Case_Ignorable property.
pub fn is_case_ignorable(c: char) -> bool {
    in_ranges(&tables::CASE_IGNORABLE, c)
}

/// A titlecase letter (`ǅ`, `ᾼ`...).
pub fn is_titlecase(c: char) -> bool {
    in_ranges(&tables::TITLECASE_LETTERS, c)
}

/// Appends the full titlecase mapping of `c`.
pub fn push_title(c: char, out: &mut String) {
    match mapped(&tables::TITLE, c) {
        Some(m) => out.push_str(m),
        None => out.extend(c.to_uppercase()),
    }
}

/// Appends the full case folding of `c`.
pub fn push_fold(c: char, out: &mut String) {
    match mapped(&tables::FOLD, c) {
        Some(m) => out.push_str(m),
        None => out.extend(c.to_lowercase()),
    }
}

/// Appends the lowercase of `chars[i]`, applying the final-sigma rule.
pub fn push_lower_at(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c != 'Σ' {
        out.extend(c.to_lowercase());
        return;
    }
    let before = chars[..i].iter().rev().find(|&&x| !is_case_ignorable(x));
    let after = chars[i + 1..].iter().find(|&&x| !is_case_ignorable(x));
    let is_final = before.is_some_and(|&x| is_cased(x)) && !after.is_some_and(|&x| is_cased(x));
    out.push(if is_final { 'ς' } else { 'σ' });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties_and_mappings_follow_the_tables() {
        assert!(is_cased('a') && is_cased('ǅ') && !is_cased('1'));
        assert!(is_case_ignorable('\'') && is_case_ignorable('\u{301}') && !is_case_ignorable('a'));
        assert!(is_titlecase('ǅ') && !is_titlecase('Ǆ'));
        let mut s = String::new();
        push_title('ß', &mut s);
        push_title('a', &mut s);
        push_fold('ß', &mut s);
        push_fold('A', &mut s);
        assert_eq!(s, "SsAssa");
    }

    #[test]
    fn sigma_is_final_only_after_a_cased_letter_with_none_following() {
        let lower = |s: &str| {
            let chars: Vec<char> = s.chars().collect();
            let mut out = String::new();
            for i in 0..chars.len() {
                push_lower_at(&chars, i, &mut out);
            }
            out
        };
        assert_eq!(lower("ΟΔΟΣ"), "οδος");
        assert_eq!(lower("Σ"), "σ");
        assert_eq!(lower("ΑΣ'Α"), "ασ'α");
        assert_eq!(lower("ΑΣ' Α"), "ας' α");
    }
}
