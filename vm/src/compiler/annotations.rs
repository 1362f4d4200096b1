//! Variable annotations (`x: int = 5`), as CPython 3.11 compiles them.
//!
//! A module or class body that contains an annotated assignment anywhere in its own
//! statements (not in nested functions or classes) starts by binding `__annotations__` to a
//! new dict. At module and class level, a simple annotated name stores its evaluated
//! annotation there under the (mangled) name, after any assignment. Other targets
//! (`a.b: int`, `a[i]: int`, `(x): int`) store nothing: without a value their object and
//! subscript are still evaluated, and the annotation is evaluated and dropped at module and
//! class level. Inside functions annotations are not evaluated at all. A `def`'s signature
//! annotations are evaluated when the function is made and stored in its `__annotations__`.

use super::codegen::Codegen;
use super::errors::CompileError;
use super::symtable::ScopeKind;
use super::Const;
use crate::compiler::bytecode::{Instr, Reg};
use rustpython_parser::ast::{self, Expr, Stmt};

impl<'a> Codegen<'a> {
    /// Binds `__annotations__ = {}` if `body` has annotated assignments.
    pub(super) fn setup_annotations(&mut self, body: &[Stmt]) {
        if !has_annotations(body) {
            return;
        }
        let r = self.unit().temp();
        self.emit(Instr::BuildMap {
            dst: r,
            base: r,
            count: 0,
        });
        self.store_name("__annotations__", r);
        self.unit().free_to(r);
    }

    /// Sets `__annotations__` of the function in `func` from its signature, if annotated:
    /// parameters in CPython's order (positional, positional-only, `*args`, keyword-only,
    /// `**kwargs`), then `return`.
    pub(super) fn function_annotations(
        &mut self,
        func: Reg,
        args: &'a ast::Arguments,
        returns: Option<&'a Expr>,
    ) -> Result<(), CompileError> {
        let params = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .map(|a| &a.def)
            .chain(args.vararg.as_deref())
            .chain(args.kwonlyargs.iter().map(|a| &a.def))
            .chain(args.kwarg.as_deref());
        let mut entries: Vec<(String, &'a Expr)> = params
            .filter_map(|p| {
                Some((
                    self.mangled(p.arg.as_str()).into_owned(),
                    p.annotation.as_deref()?,
                ))
            })
            .collect();
        if let Some(r) = returns {
            entries.push(("return".into(), r));
        }
        if entries.is_empty() {
            return Ok(());
        }
        let mark = self.unit().mark();
        let base = self.unit().temps(2 * entries.len() as u16);
        for (i, (name, ann)) in entries.iter().enumerate() {
            let k = self.unit().konst(Const::Str(name.clone()));
            let at = base + 2 * i as Reg;
            self.emit(Instr::LoadConst { dst: at, k });
            self.annotation_to(ann, at + 1)?;
        }
        self.emit(Instr::BuildMap {
            dst: base,
            base,
            count: 2 * entries.len() as u16,
        });
        let name = self.unit().name("__annotations__");
        self.emit(Instr::StoreAttr {
            obj: func,
            name,
            src: base,
        });
        self.unit().free_to(mark);
        Ok(())
    }

    /// `target: annotation [= value]`.
    pub(super) fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> Result<(), CompileError> {
        let mark = self.unit().mark();
        let evaluated = matches!(self.scope_kind(), ScopeKind::Module | ScopeKind::Class);
        if let Some(v) = &a.value {
            self.assign_one(&a.target, v)?;
        }
        match &*a.target {
            Expr::Name(n) if a.simple => {
                if evaluated {
                    let ann = self.unit().temp();
                    self.annotation_to(&a.annotation, ann)?;
                    let dict = self.unit().temp();
                    self.load_name("__annotations__", dict);
                    let key = self.unit().temp();
                    let name = self.mangled(n.id.as_str()).into_owned();
                    let k = self.unit().konst(Const::Str(name));
                    self.emit(Instr::LoadConst { dst: key, k });
                    self.emit(Instr::StoreItem {
                        obj: dict,
                        key,
                        src: ann,
                    });
                }
            }
            target => {
                if a.value.is_none() {
                    match target {
                        Expr::Attribute(at) => {
                            self.expr_any(&at.value)?;
                        }
                        Expr::Subscript(s) => {
                            self.expr_any(&s.value)?;
                            self.expr_any(&s.slice)?;
                        }
                        _ => {}
                    }
                }
                if evaluated && !self.future_annotations {
                    self.expr_any(&a.annotation)?;
                }
            }
        }
        self.unit().free_to(mark);
        Ok(())
    }
}

/// Whether a body has an annotated assignment outside nested functions and classes.
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(i) => has_annotations(&i.body) || has_annotations(&i.orelse),
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}
