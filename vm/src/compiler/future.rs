//! `from __future__ import ...`: checked at compile time. Every feature of CPython 3.11
//! is accepted; `annotations` (PEP 563) makes annotations strings (their source text)
//! instead of evaluated expressions. The statement binds nothing at run time.

use super::codegen::Codegen;
use super::errors::CompileError;
use super::Const;
use super::SourceMap;
use rustpython_parser::ast::{self, Expr, Ranged, Stmt};

/// The `__future__` features CPython 3.11 knows.
const FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Whether the module enables `from __future__ import annotations` (future imports may
/// only follow the docstring).
pub(super) fn has_future_annotations(body: &[Stmt]) -> bool {
    future_imports(body)
        .flat_map(|i| i.names.iter())
        .any(|a| a.name.as_str() == "annotations")
}

fn future_imports(body: &[Stmt]) -> impl Iterator<Item = &ast::StmtImportFrom> {
    let skip_doc = matches!(body.first(), Some(Stmt::Expr(e)) if matches!(&*e.value, Expr::Constant(c) if matches!(c.value, ast::Constant::Str(_))));
    body.iter().skip(skip_doc as usize).map_while(|s| match s {
        Stmt::ImportFrom(i) if is_future(i) => Some(i),
        _ => None,
    })
}

/// Whether an import is `from __future__ import ...`.
pub(super) fn is_future(i: &ast::StmtImportFrom) -> bool {
    i.level.is_none_or(|l| l.to_u32() == 0)
        && i.module
            .as_ref()
            .is_some_and(|m| m.as_str() == "__future__")
}

impl<'a> Codegen<'a> {
    /// Checks a `from __future__ import` statement (which generates no code).
    pub(super) fn future_import(
        &mut self,
        i: &'a ast::StmtImportFrom,
        at_start: bool,
    ) -> Result<(), CompileError> {
        let loc = self.loc(i.range.start());
        if !at_start {
            return Err(CompileError::syntax(
                "from __future__ imports must occur at the beginning of the file",
                loc,
            ));
        }
        for a in &i.names {
            let name = a.name.as_str();
            if name == "braces" {
                return Err(CompileError::syntax("not a chance", loc));
            }
            if !FEATURES.contains(&name) {
                return Err(CompileError::syntax(
                    format!("future feature {name} is not defined"),
                    loc,
                ));
            }
        }
        Ok(())
    }

    /// Whether `i` is among the module's leading future imports.
    pub(super) fn future_at_start(&self, body: &[Stmt], i: &ast::StmtImportFrom) -> bool {
        future_imports(body).any(|f| std::ptr::eq(f, i))
    }

    /// An annotation's value: the expression, or with `from __future__ import
    /// annotations` its source text.
    pub(super) fn annotation_to(
        &mut self,
        ann: &'a Expr,
        dst: super::bytecode::Reg,
    ) -> Result<(), CompileError> {
        if !self.future_annotations {
            return self.expr_to(ann, dst);
        }
        let text = source_text(self.map, ann);
        let k = self.unit().konst(Const::Str(text));
        self.emit(super::bytecode::Instr::LoadConst { dst, k });
        Ok(())
    }
}

/// The source text of an expression (its lines joined, as CPython's unparsing roughly
/// gives for annotations written on one line).
fn source_text(map: &SourceMap, e: &Expr) -> String {
    let r = e.range();
    map.slice(r.start().to_usize(), r.end().to_usize())
        .split('\n')
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ")
}
