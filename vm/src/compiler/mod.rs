//! The compiler: Python source -> AST (rustpython-parser) -> pyrite register bytecode.
//!
//! [`symtable`] resolves every name's scope; [`codegen`] walks the AST and emits
//! instructions into a [`unit::Unit`] per code object; [`dataflow`] removes the unbound-local
//! checks that a definite-assignment analysis proves unnecessary. The result is a
//! [`CodeUnit`] tree of plain Rust data, which the VM turns into heap code objects.

mod annotations;
pub mod bytecode;
mod calls;
pub mod codegen;
mod comprehensions;
pub mod dataflow;
mod displays;
pub mod errors;
mod exc;
mod expr;
mod fstring;
mod future;
mod imports;
mod loops;
mod parse_hints;
mod patterns;
mod stmt;
pub mod symtable;
pub mod unit;

use crate::objects::code::CodeMeta;
pub use errors::{CompileError, ErrorKind, Loc};
use num_bigint::BigInt;
use rustpython_parser::ast::text_size::TextSize;
use std::rc::Rc;

/// A constant of a code unit.
#[derive(Clone, Debug)]
pub enum Const {
    /// `None`
    None,
    /// `True`/`False`
    Bool(bool),
    /// An int literal.
    Int(BigInt),
    /// A float literal.
    Float(f64),
    /// A string literal.
    Str(String),
    /// A tuple of constants (keyword-name tuples, import lists).
    Tuple(Vec<Const>),
    /// `...`
    Ellipsis,
    /// A nested code unit.
    Code(Rc<CodeUnit>),
}

impl Const {
    /// A key under which equal constants are shared in a code object (`None` for code
    /// units, which are never shared). Floats compare by bits, so `0.0` and `-0.0` differ.
    pub fn dedup_key(&self) -> Option<String> {
        Some(match self {
            Const::None => "N".into(),
            Const::Ellipsis => "E".into(),
            Const::Bool(b) => format!("B{b}"),
            Const::Int(i) => format!("I{i}"),
            Const::Float(f) => format!("F{:x}", f.to_bits()),
            Const::Str(s) => format!("S{s}"),
            Const::Tuple(items) => {
                let mut k = String::from("T(");
                for c in items {
                    let ck = c.dedup_key()?;
                    k.push_str(&ck.len().to_string());
                    k.push(':');
                    k.push_str(&ck);
                }
                k.push(')');
                k
            }
            Const::Code(_) => return None,
        })
    }
}

impl PartialEq for Const {
    fn eq(&self, other: &Const) -> bool {
        match (self, other) {
            (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
            (Const::Bool(a), Const::Bool(b)) => a == b,
            (Const::Int(a), Const::Int(b)) => a == b,
            (Const::Float(a), Const::Float(b)) => a.to_bits() == b.to_bits(),
            (Const::Str(a), Const::Str(b)) => a == b,
            (Const::Tuple(a), Const::Tuple(b)) => a == b,
            _ => false,
        }
    }
}

/// A compiled code object before it is loaded into the heap.
#[derive(Debug)]
pub struct CodeUnit {
    /// Instructions and metadata.
    pub meta: CodeMeta,
    /// Constants.
    pub consts: Vec<Const>,
}

/// Maps byte offsets of the source to lines and columns.
pub struct SourceMap {
    source: String,
    line_starts: Vec<u32>,
    /// The file name, as given.
    pub filename: Rc<str>,
}

impl SourceMap {
    /// The source text between two byte offsets.
    pub fn slice(&self, start: usize, end: usize) -> &str {
        self.source.get(start..end).unwrap_or("")
    }

    /// Indexes a source text.
    pub fn new(source: &str, filename: &str) -> SourceMap {
        let mut line_starts = vec![0u32];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceMap {
            source: source.to_string(),
            line_starts,
            filename: filename.into(),
        }
    }

    /// Line (1-based) and column (1-based, in characters) of a byte offset.
    pub fn loc(&self, offset: TextSize) -> Loc {
        let off = u32::from(offset).min(self.source.len() as u32);
        let line = self.line_starts.partition_point(|&s| s <= off);
        let start = self.line_starts[line - 1] as usize;
        let col = self.source[start..off as usize].chars().count() + 1;
        Loc {
            line: line as u32,
            col: col as u32,
        }
    }

    /// The location of the start of the file.
    pub fn start(&self) -> Loc {
        Loc { line: 1, col: 1 }
    }

    /// Line `n` (1-based) without its newline.
    pub fn line_text(&self, n: u32) -> &str {
        let i = (n as usize).saturating_sub(1);
        let Some(&start) = self.line_starts.get(i) else {
            return "";
        };
        let end = self
            .line_starts
            .get(i + 1)
            .map_or(self.source.len(), |&e| e as usize);
        self.source[start as usize..end].trim_end_matches(['\n', '\r'])
    }

    /// The whole source.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Number of lines.
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

/// What a source text is compiled as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module (statements).
    Exec,
    /// One expression whose value the code returns (`eval`).
    Eval,
}

/// Compiles source text.
pub fn compile(
    source: &str,
    filename: &str,
    optimize: u8,
    mode: Mode,
) -> Result<CodeUnit, CompileError> {
    let map = SourceMap::new(source, filename);
    let parse_mode = match mode {
        Mode::Exec => rustpython_parser::Mode::Module,
        Mode::Eval => rustpython_parser::Mode::Expression,
    };
    let parsed = rustpython_parser::parse(source, parse_mode, filename)
        .map_err(|e| errors::from_parse_error(e, &map))?;
    match parsed {
        rustpython_parser::ast::Mod::Module(m) => codegen::compile_body(&m.body, &map, optimize),
        rustpython_parser::ast::Mod::Expression(e) => {
            codegen::compile_expression(&e.body, &map, optimize)
        }
        _ => Err(CompileError::syntax(
            "unsupported compilation mode",
            map.start(),
        )),
    }
}

/// Compiles a module's source.
pub fn compile_module(
    source: &str,
    filename: &str,
    optimize: u8,
) -> Result<CodeUnit, CompileError> {
    compile(source, filename, optimize, Mode::Exec)
}
#[cfg(test)]
mod tests;
