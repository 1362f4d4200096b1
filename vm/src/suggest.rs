//! "Did you mean" suggestions for uncaught `NameError` and `AttributeError`, computed
//! as CPython 3.11 does (`Python/suggestions.c`).
//!
//! The candidate closest to the missing name wins, by a Levenshtein distance in which a
//! case change costs 1 and any other edit 2; a candidate qualifies only if at most about a
//! third of the characters involved change (`(len(a) + len(b) + 3) * 2 / 6`). Lists of 750
//! names or more, and names longer than 40 bytes after trimming common affixes, get no
//! suggestion. Ties keep the earliest candidate.

use crate::error::PyErr;
use crate::objects::exception::Hint;
use crate::objects::{DictData, ExceptionData, Gc};
use crate::value::Value;
use crate::vm::Vm;

const MAX_CANDIDATES: usize = 750;
const MAX_STRING: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The weighted edit distance between `a` and `b`, or `max_cost + 1` once it is known to
/// exceed `max_cost`.
fn distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let mut a = a;
    let mut b = b;
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING || b.len() > MAX_STRING {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the dynamic-programming matrix, updated in place.
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut diag = bi * MOVE_COST;
        result = diag;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = diag + substitution_cost(code, ac);
            diag = row[ai];
            let insert_delete = result.min(diag) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate to suggest for the missing `name`, if any is close enough.
pub fn suggest<'c>(name: &str, candidates: &[&'c str]) -> Option<&'c str> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &item in candidates {
        if item == name {
            continue;
        }
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s)
}

impl Vm {
    /// Attaches suggestion material to an interpreter-raised error.
    pub(crate) fn set_hint(&mut self, err: &PyErr, hint: Hint) {
        if let Some(e) = Gc::<ExceptionData>::from_value(err.value()) {
            *e.hint.borrow_mut() = hint;
        }
    }

    /// `NameError: name 'x' is not defined` for a failed global lookup, with the closest
    /// name among the current frame's locals, then its globals, then the builtins.
    pub(crate) fn name_error(&mut self, name: Value) -> PyErr {
        let n = crate::ops::str_of(name).to_string();
        let err = self.new_error(
            crate::error::ExcKind::NameError,
            format!("name '{n}' is not defined"),
        );
        let found = self.name_suggestion(&n);
        self.set_hint(
            &err,
            Hint::Name {
                name,
                suggestion: found,
            },
        );
        err
    }

    fn name_suggestion(&mut self, name: &str) -> Option<String> {
        let frame = self.frames.last()?;
        let (code, base, globals, locals) = (frame.code, frame.base, frame.globals, frame.locals);
        let keys = |d: Gc<DictData>| -> Vec<String> {
            d.table
                .borrow()
                .iter()
                .filter_map(|e| crate::ops::as_str(e.key).map(str::to_string))
                .collect()
        };
        let local_names: Vec<String> = match Gc::<DictData>::from_value(locals) {
            Some(d) => keys(d),
            None if code.meta.flags & crate::objects::code::flags::MODULE != 0 => keys(globals),
            None => code
                .meta
                .varnames
                .iter()
                .enumerate()
                .filter(|&(i, _)| !self.stack[base + i].is_unbound())
                .map(|(_, n)| n.clone())
                .collect(),
        };
        for list in [local_names, keys(globals), keys(self.builtins)] {
            let refs: Vec<&str> = list.iter().map(String::as_str).collect();
            if let Some(s) = suggest(name, &refs) {
                return Some(s.to_string());
            }
        }
        None
    }

    /// The "Did you mean" suggestion for an uncaught exception, if any.
    pub fn suggestion_for(&mut self, exc: Value) -> Option<String> {
        let e = Gc::<ExceptionData>::from_value(exc)?;
        let hint = e.hint.borrow().clone();
        match hint {
            Hint::None => None,
            Hint::Name { suggestion, .. } => suggestion,
            Hint::Attribute { obj, name } => {
                let dir = self.dir_of(obj).ok()?;
                let items = self.collect_iterable(dir).ok()?;
                let names: Vec<String> = items
                    .iter()
                    .filter_map(|&v| crate::ops::as_str(v).map(str::to_string))
                    .collect();
                let refs: Vec<&str> = names.iter().map(String::as_str).collect();
                suggest(crate::ops::str_of(name), &refs).map(str::to_string)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::suggest;

    #[test]
    fn suggests_like_cpython() {
        assert_eq!(suggest("pirnt", &["print", "len", "repr"]), Some("print"));
        assert_eq!(suggest("lenn", &["len", "list"]), Some("len"));
        assert_eq!(suggest("Print", &["print"]), Some("print"));
        assert_eq!(suggest("xyz", &["print", "len"]), None);
        assert_eq!(suggest("a", &["b"]), None);
        assert_eq!(suggest("ab", &["abc", "abd"]), Some("abc"));
        assert_eq!(suggest("valeu", &["value", "values"]), Some("value"));
    }

    #[test]
    fn big_candidate_lists_give_nothing() {
        let many: Vec<String> = (0..800).map(|i| format!("name{i}")).collect();
        let refs: Vec<&str> = many.iter().map(|s| s.as_str()).collect();
        assert_eq!(suggest("name1x", &refs), None);
    }
}
