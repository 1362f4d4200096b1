//! Compile errors, reported as CPython reports a SyntaxError: file, line, the source line
//! and a caret.
//!
//! rustpython-parser's messages differ from CPython's; the most common cases are translated
//! here so that users (and the conformance goldens) see CPython's wording.

use super::SourceMap;
use rustpython_parser::{ParseError, ParseErrorType, Tok};

/// A position in the source (1-based line and column).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Loc {
    /// Line.
    pub line: u32,
    /// Column, in characters.
    pub col: u32,
}

/// The exception class a compile error is reported as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `SyntaxError`
    Syntax,
    /// `IndentationError`
    Indentation,
    /// `TabError`
    Tab,
    /// A construct pyrite does not implement yet (`NotImplementedError`).
    Unsupported,
}

impl ErrorKind {
    /// The exception class name.
    pub fn class_name(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "SyntaxError",
            ErrorKind::Indentation => "IndentationError",
            ErrorKind::Tab => "TabError",
            ErrorKind::Unsupported => "NotImplementedError",
        }
    }
}

/// A compile error with its location.
#[derive(Clone, Debug)]
pub struct CompileError {
    /// Which exception it becomes.
    pub kind: ErrorKind,
    /// The message.
    pub msg: String,
    /// Where.
    pub loc: Loc,
}

impl CompileError {
    /// A SyntaxError.
    pub fn syntax(msg: impl Into<String>, loc: Loc) -> CompileError {
        CompileError {
            kind: ErrorKind::Syntax,
            msg: msg.into(),
            loc,
        }
    }

    /// An unsupported-feature error naming the feature.
    pub fn unsupported(feature: &str, loc: Loc) -> CompileError {
        CompileError {
            kind: ErrorKind::Unsupported,
            msg: format!("pyrite does not support {feature} yet (line {})", loc.line),
            loc,
        }
    }

    /// The error as CPython prints it for an uncaught SyntaxError (without the traceback
    /// header): `  File "x.py", line 3`, the source line, a caret, and `SyntaxError: msg`.
    pub fn render(&self, map: &SourceMap) -> String {
        let mut out = format!("  File \"{}\", line {}\n", map.filename, self.loc.line);
        let text = map.line_text(self.loc.line);
        if !text.trim().is_empty() {
            let trimmed = text.trim_start();
            let indent = text.chars().count() - trimmed.chars().count();
            out.push_str(&format!("    {}\n", trimmed.trim_end()));
            let col = (self.loc.col as usize)
                .saturating_sub(1)
                .saturating_sub(indent);
            out.push_str(&format!("    {}^\n", " ".repeat(col)));
        }
        out.push_str(&format!("{}: {}\n", self.kind.class_name(), self.msg));
        out
    }
}

/// Translates a parser error into CPython's wording where we know it.
pub fn from_parse_error(e: ParseError, map: &SourceMap) -> CompileError {
    use rustpython_parser::lexer::LexicalErrorType as L;
    let loc = map.loc(e.offset);
    let err = |kind, msg: String| CompileError { kind, msg, loc };
    if let Some(e) = super::parse_hints::leading_zero(map, loc) {
        return e;
    }
    match &e.error {
        ParseErrorType::Lexical(L::IndentationError) => err(
            ErrorKind::Indentation,
            "unindent does not match any outer indentation level".into(),
        ),
        ParseErrorType::Lexical(L::TabError) | ParseErrorType::Lexical(L::TabsAfterSpaces) => err(
            ErrorKind::Tab,
            "inconsistent use of tabs and spaces in indentation".into(),
        ),
        ParseErrorType::Lexical(L::Eof) | ParseErrorType::Eof => unclosed_or_eof(map, loc),
        ParseErrorType::Lexical(L::DefaultArgumentError) => err(
            ErrorKind::Syntax,
            "non-default argument follows default argument".into(),
        ),
        ParseErrorType::Lexical(L::DuplicateArgumentError(n)) => err(
            ErrorKind::Syntax,
            format!("duplicate argument '{n}' in function definition"),
        ),
        ParseErrorType::Lexical(L::PositionalArgumentError) => err(
            ErrorKind::Syntax,
            "positional argument follows keyword argument".into(),
        ),
        ParseErrorType::Lexical(L::DuplicateKeywordArgumentError(n)) => {
            err(ErrorKind::Syntax, format!("keyword argument repeated: {n}"))
        }
        ParseErrorType::Lexical(L::UnrecognizedToken { tok }) => err(
            ErrorKind::Syntax,
            format!("invalid character '{tok}' (U+{:04X})", *tok as u32),
        ),
        ParseErrorType::Lexical(L::NestingError) => unclosed_or_eof(map, loc),
        ParseErrorType::Lexical(L::UnpackedArgumentError) => err(
            ErrorKind::Syntax,
            "iterable argument unpacking follows keyword argument unpacking".into(),
        ),
        ParseErrorType::Lexical(L::StringError) => unterminated(map, loc),
        ParseErrorType::Lexical(L::FStringError(f)) => {
            use rustpython_parser::FStringErrorType as F;
            let msg = match f {
                F::EmptyExpression => "f-string: empty expression not allowed".to_string(),
                F::UnclosedLbrace | F::ExpectedRbrace => "f-string: expecting '}'".into(),
                F::SingleRbrace | F::UnopenedRbrace => "f-string: single '}' is not allowed".into(),
                F::InvalidConversionFlag => {
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'".into()
                }
                F::ExpressionNestedTooDeeply => "f-string: expressions nested too deeply".into(),
                F::ExpressionCannotInclude('\\') => {
                    "f-string expression part cannot include a backslash".into()
                }
                F::ExpressionCannotInclude(c) => {
                    format!("f-string expression part cannot include '{c}'")
                }
                F::Unmatched(c) => format!("f-string: unmatched '{c}'"),
                F::MismatchedDelimiter(open, close) => format!(
                    "f-string: closing parenthesis '{close}' does not match opening parenthesis \
                     '{open}'"
                ),
                _ => "invalid syntax".into(),
            };
            err(ErrorKind::Syntax, msg)
        }
        ParseErrorType::Lexical(L::OtherError(m)) if m == "EOL while scanning string literal" => {
            unterminated(map, loc)
        }
        ParseErrorType::UnrecognizedToken(Tok::Indent, _) => {
            err(ErrorKind::Indentation, "unexpected indent".into())
        }
        ParseErrorType::UnrecognizedToken(tok, _) => unexpected_token(map, loc, tok),
        _ => err(ErrorKind::Syntax, "invalid syntax".into()),
    }
}

/// `unterminated string literal (detected at line N)`, pointing at the opening quote.
fn unterminated(map: &SourceMap, loc: Loc) -> CompileError {
    // The lexer stops after the newline that ended the string's line.
    let line = if loc.col <= 1 && loc.line > 1 {
        loc.line - 1
    } else {
        loc.line
    };
    let col = super::parse_hints::unterminated_quote(map, line);
    CompileError::syntax(
        format!("unterminated string literal (detected at line {line})"),
        Loc { line, col },
    )
}

/// At an unexpected token, CPython often says what it expected; we cover the common cases.
fn unexpected_token(map: &SourceMap, loc: Loc, tok: &Tok) -> CompileError {
    if let Some(e) = super::parse_hints::hint(map, loc, tok) {
        return e;
    }
    if let Some((c, at)) = unclosed_before(map, loc) {
        return CompileError::syntax(format!("'{c}' was never closed"), at);
    }
    let line = map.line_text(loc.line);
    if !matches!(
        tok,
        Tok::Newline | Tok::Dedent | Tok::EndOfFile | Tok::Indent
    ) {
        if let Some((opener_line, what)) = previous_block_opener(map, loc.line) {
            let indent = |t: &str| t.len() - t.trim_start().len();
            if indent(line) <= indent(map.line_text(opener_line)) {
                return CompileError {
                    kind: ErrorKind::Indentation,
                    msg: format!("expected an indented block after {what} on line {opener_line}"),
                    loc,
                };
            }
        }
    }
    let stripped = line.trim_start();
    let first_word = stripped
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .next()
        .unwrap_or("");
    let block_openers = [
        "if", "elif", "else", "while", "for", "def", "class", "try", "except", "finally", "with",
    ];
    if matches!(tok, Tok::Newline)
        && block_openers.contains(&first_word)
        && !stripped.trim_end().ends_with(':')
    {
        // `if x` followed by a newline: CPython points just past the header.
        let col = line.trim_end().chars().count() as u32 + 1;
        return CompileError::syntax(
            "expected ':'",
            Loc {
                line: loc.line,
                col,
            },
        );
    }
    if matches!(tok, Tok::Dedent | Tok::Newline | Tok::EndOfFile) {
        if let Some((opener_line, what)) = previous_block_opener(map, loc.line) {
            return CompileError {
                kind: ErrorKind::Indentation,
                msg: format!("expected an indented block after {what} on line {opener_line}"),
                loc: Loc {
                    line: loc.line + if matches!(tok, Tok::Newline) { 1 } else { 0 },
                    col: loc.col,
                },
            };
        }
    }
    CompileError::syntax("invalid syntax", loc)
}

/// The nearest line before `line` that opens a block (ends with ':'), described as CPython
/// describes it ("function definition", "'if' statement").
fn previous_block_opener(map: &SourceMap, line: u32) -> Option<(u32, String)> {
    let mut n = line;
    while n > 1 {
        n -= 1;
        let t = map.line_text(n).trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        if !t.ends_with(':') {
            return None;
        }
        let word = t
            .split(|c: char| !c.is_alphanumeric() && c != '_')
            .next()
            .unwrap_or("");
        let what = match word {
            "def" => "function definition".to_string(),
            "class" => "class definition".to_string(),
            "try" => "'try' statement".to_string(),
            "else" | "elif" | "if" | "while" | "for" | "with" | "finally" | "except" => {
                format!("'{word}' statement")
            }
            _ => return None,
        };
        return Some((n, what));
    }
    None
}

/// An unexpected end of input: an unclosed bracket if there is one, else a generic message.
fn unclosed_or_eof(map: &SourceMap, at: Loc) -> CompileError {
    match bracket_stack(map, None).first() {
        Some(&(c, loc)) => CompileError::syntax(format!("'{c}' was never closed"), loc),
        None => CompileError::syntax("unexpected EOF while parsing", at),
    }
}

/// The innermost bracket still open at `at` that was opened on an earlier line.
fn unclosed_before(map: &SourceMap, at: Loc) -> Option<(char, Loc)> {
    bracket_stack(map, Some(at))
        .into_iter()
        .rev()
        .find(|(_, l)| l.line < at.line)
}

/// Brackets open at `until` (or at the end of the source), outermost first. Strings and
/// comments are skipped (triple-quoted strings only approximately).
fn bracket_stack(map: &SourceMap, until: Option<Loc>) -> Vec<(char, Loc)> {
    let mut stack: Vec<(char, Loc)> = Vec::new();
    let mut in_str: Option<char> = None;
    for (ln, text) in map.source().lines().enumerate() {
        if until.is_some_and(|u| ln as u32 + 1 > u.line) {
            break;
        }
        let mut chars = text.chars().enumerate().peekable();
        while let Some((col, c)) = chars.next() {
            match in_str {
                Some(q) => {
                    if c == '\\' {
                        chars.next();
                    } else if c == q {
                        in_str = None;
                    }
                }
                None => match c {
                    '#' => break,
                    '\'' | '"' => in_str = Some(c),
                    '(' | '[' | '{' => stack.push((
                        c,
                        Loc {
                            line: ln as u32 + 1,
                            col: col as u32 + 1,
                        },
                    )),
                    ')' | ']' | '}' => {
                        stack.pop();
                    }
                    _ => {}
                },
            }
        }
        in_str = None;
    }
    stack
}
