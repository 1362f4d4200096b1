//! f-strings: joined pieces (BUILD_STRING) and formatted values (FORMAT_VALUE), with the
//! escape sequences the parser leaves undecoded in format specs.

use super::bytecode::{Instr, Reg, NO_REG};
use super::codegen::Codegen;
use super::{CompileError, Const};
use rustpython_parser::ast::{self, Expr};

impl<'a> Codegen<'a> {
    pub(super) fn joined_str(&mut self, values: &'a [Expr], dst: Reg) -> Result<(), CompileError> {
        if values.is_empty() {
            let k = self.unit().konst(Const::Str(String::new()));
            self.emit(Instr::LoadConst { dst, k });
            return Ok(());
        }
        if values.len() == 1 {
            if let Expr::Constant(_) = &values[0] {
                return self.expr_to(&values[0], dst);
            }
        }
        let base = self.unit().temps(values.len() as u16);
        for (i, v) in values.iter().enumerate() {
            self.expr_to(v, base + i as Reg)?;
        }
        self.emit(Instr::BuildString {
            dst,
            base,
            count: values.len() as u16,
        });
        Ok(())
    }

    pub(super) fn formatted_value(
        &mut self,
        f: &'a ast::ExprFormattedValue,
        dst: Reg,
    ) -> Result<(), CompileError> {
        let src = self.expr_any(&f.value)?;
        let spec = match &f.format_spec {
            Some(s) => match spec_with_escapes(s, self.fstring_is_raw(f)) {
                // The parser leaves escape sequences in format specs undecoded.
                Some(text) => {
                    let k = self.unit().konst(Const::Str(text));
                    let r = self.unit().temp();
                    self.emit(Instr::LoadConst { dst: r, k });
                    r
                }
                None => self.expr_any(s)?,
            },
            None => NO_REG,
        };
        let conv = match f.conversion {
            ast::ConversionFlag::None => 0,
            ast::ConversionFlag::Str => b's' as u16,
            ast::ConversionFlag::Repr => b'r' as u16,
            ast::ConversionFlag::Ascii => b'a' as u16,
        };
        self.emit(Instr::FormatValue {
            dst,
            src,
            spec,
            conv,
        });
        Ok(())
    }
}

impl Codegen<'_> {
    /// Whether the f-string holding `f` is raw (`rf"..."`), judged from its prefix.
    fn fstring_is_raw(&self, f: &ast::ExprFormattedValue) -> bool {
        let start = f.range.start().to_usize();
        let head = self.map.slice(start, start + 3);
        let prefix: String = head
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        prefix.contains(['r', 'R'])
    }
}

/// A constant format spec containing backslash escapes, decoded (unless raw).
fn spec_with_escapes(spec: &Expr, raw: bool) -> Option<String> {
    let Expr::JoinedStr(j) = spec else {
        return None;
    };
    let [Expr::Constant(c)] = &j.values[..] else {
        return None;
    };
    let ast::Constant::Str(text) = &c.value else {
        return None;
    };
    if raw || !text.contains('\\') {
        return None;
    }
    Some(decode_escapes(text))
}

/// Python's string escapes (`\t`, `\x2a`, `\u00e9`, octal...); unknown ones stay.
fn decode_escapes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(e) = it.next() else {
            out.push('\\');
            break;
        };
        let hex = |it: &mut std::iter::Peekable<std::str::Chars>, n: usize| {
            let digits: String = (0..n).filter_map(|_| it.next()).collect();
            u32::from_str_radix(&digits, 16)
                .ok()
                .and_then(char::from_u32)
        };
        let decoded = match e {
            'n' => Some('\n'),
            't' => Some('\t'),
            'r' => Some('\r'),
            '\\' => Some('\\'),
            '\'' => Some('\''),
            '"' => Some('"'),
            'a' => Some('\u{7}'),
            'b' => Some('\u{8}'),
            'f' => Some('\u{c}'),
            'v' => Some('\u{b}'),
            'x' => hex(&mut it, 2),
            'u' => hex(&mut it, 4),
            'U' => hex(&mut it, 8),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match it.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            it.next();
                        }
                        None => break,
                    }
                }
                char::from_u32(v)
            }
            other => {
                out.push('\\');
                Some(other)
            }
        };
        if let Some(d) = decoded {
            out.push(d);
        }
    }
    out
}
