//! CPython's specific messages for some syntax errors the parser reports generically:
//! leading zeros, the Python 2 `print` statement, mismatched brackets, `=` in a
//! condition, and unterminated strings. Each looks at the source line where the parser
//! stopped.

use super::errors::{CompileError, Loc};
use super::SourceMap;
use rustpython_parser::Tok;

/// A specific message for an unexpected `tok` at `loc`, when one of the patterns fits.
pub(super) fn hint(map: &SourceMap, loc: Loc, tok: &Tok) -> Option<CompileError> {
    if let Some(e) = leading_zero(map, loc) {
        return Some(e);
    }
    let line = map.line_text(loc.line);
    let stripped = line.trim_start();
    for word in ["print", "exec"] {
        if let Some(rest) = stripped.strip_prefix(word) {
            let next = rest.trim_start().chars().next();
            if rest.starts_with(' ') && !matches!(next, None | Some('(' | '=' | '.' | '[' | ',')) {
                let indent = (line.len() - stripped.len()) as u32;
                return Some(CompileError::syntax(
                    format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?"),
                    Loc {
                        line: loc.line,
                        col: indent + 1,
                    },
                ));
            }
        }
    }
    let closer = match tok {
        Tok::Rpar => Some(')'),
        Tok::Rsqb => Some(']'),
        Tok::Rbrace => Some('}'),
        _ => None,
    };
    if let Some(close) = closer {
        if let Some((open, open_line)) = innermost_open(map, loc) {
            let expected = match open {
                '(' => ')',
                '[' => ']',
                _ => '}',
            };
            if expected != close {
                let place = if open_line == loc.line {
                    String::new()
                } else {
                    format!(" on line {open_line}")
                };
                return Some(CompileError::syntax(
                    format!(
                        "closing parenthesis '{close}' does not match opening parenthesis \
                         '{open}'{place}"
                    ),
                    loc,
                ));
            }
        }
    }
    let first = stripped
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .next();
    if matches!(tok, Tok::Equal) && matches!(first, Some("if" | "elif" | "while")) {
        return Some(CompileError::syntax(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            loc,
        ));
    }
    None
}

/// CPython's error for a decimal literal with leading zeros (`012`) where the parser stopped.
pub(super) fn leading_zero(map: &SourceMap, loc: Loc) -> Option<CompileError> {
    let chars: Vec<char> = map.line_text(loc.line).chars().collect();
    let at = (loc.col as usize).saturating_sub(1).min(chars.len());
    let col = leading_zero_literal(&chars, at)?;
    Some(CompileError::syntax(
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal \
         integers",
        Loc {
            line: loc.line,
            col,
        },
    ))
}

/// The column (1-based) of an integer literal like `012` that the error is in or after.
fn leading_zero_literal(chars: &[char], at: usize) -> Option<u32> {
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i] == '0'
            && (i == 0
                || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_' || chars[i - 1] == '.'));
        if starts {
            let mut j = i + 1;
            while j < chars.len() && (chars[j].is_ascii_digit() || chars[j] == '_') {
                j += 1;
            }
            let digits: String = chars[i..j].iter().filter(|c| **c != '_').collect();
            let plain_int = j == chars.len() || !matches!(chars[j], '.' | 'e' | 'E' | 'j' | 'J');
            if plain_int && digits.len() > 1 && digits.chars().any(|c| c != '0') && at <= j {
                return Some(i as u32 + 1);
            }
            i = j;
        } else {
            i += 1;
        }
    }
    None
}

/// The innermost bracket still open where the parser stopped, and its line.
fn innermost_open(map: &SourceMap, loc: Loc) -> Option<(char, u32)> {
    let mut stack: Vec<(char, u32)> = Vec::new();
    let mut in_str: Option<char> = None;
    for (ln, text) in map.source().lines().enumerate() {
        let line = ln as u32 + 1;
        if line > loc.line {
            break;
        }
        let mut chars = text.chars().enumerate();
        while let Some((col, c)) = chars.next() {
            if line == loc.line && col + 1 >= loc.col as usize {
                break;
            }
            match in_str {
                Some(q) if c == '\\' => {
                    chars.next();
                    let _ = q;
                }
                Some(q) if c == q => in_str = None,
                Some(_) => {}
                None => match c {
                    '#' => break,
                    '\'' | '"' => in_str = Some(c),
                    '(' | '[' | '{' => stack.push((c, line)),
                    ')' | ']' | '}' => {
                        stack.pop();
                    }
                    _ => {}
                },
            }
        }
        in_str = None;
    }
    stack.pop()
}

/// The column of the quote opening a string left unterminated on `line`.
pub(super) fn unterminated_quote(map: &SourceMap, line: u32) -> u32 {
    let mut in_str: Option<(char, usize)> = None;
    let mut chars = map.line_text(line).chars().enumerate();
    while let Some((col, c)) = chars.next() {
        match in_str {
            Some(_) if c == '\\' => {
                chars.next();
            }
            Some((q, _)) if c == q => in_str = None,
            Some(_) => {}
            None if c == '#' => break,
            None if c == '\'' || c == '"' => in_str = Some((c, col)),
            None => {}
        }
    }
    in_str.map_or(1, |(_, col)| col as u32 + 1)
}
