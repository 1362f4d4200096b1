//! Statements: assignment, control flow, definitions, imports.

use super::bytecode::{Instr, Reg, NO_REG};
use super::codegen::{Codegen, FunctionBody};
use super::expr::{binop, has_walrus};
use super::CompileError;
use rustpython_parser::ast::{self, Expr, Ranged, Stmt};

impl<'a> Codegen<'a> {
    /// Compiles a block of statements.
    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> Result<(), CompileError> {
        let line = self.line_of(s);
        self.unit().set_line(line);
        let mark = self.unit().mark();
        match s {
            Stmt::Expr(e) => {
                if !matches!(&*e.value, Expr::Constant(_)) {
                    let r = self.unit().temp();
                    self.expr_to(&e.value, r)?;
                }
            }
            Stmt::Assign(a) => self.assign(a)?,
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::If(i) => {
                let j = self.jump_unless(&i.test)?;
                self.unit().free_to(mark);
                self.stmts(&i.body)?;
                if i.orelse.is_empty() {
                    self.unit().patch_here(j);
                } else {
                    let end = self.emit(Instr::Jump { target: 0 });
                    self.unit().patch_here(j);
                    self.stmts(&i.orelse)?;
                    self.unit().patch_here(end);
                }
            }
            Stmt::While(w) => self.while_loop(w)?,
            Stmt::For(f) => self.for_loop(&f.target, &f.iter, &f.body, &f.orelse)?,
            Stmt::Break(_) => self.break_continue(true, s)?,
            Stmt::Continue(_) => self.break_continue(false, s)?,
            Stmt::Return(r) => self.return_stmt(r, s)?,
            Stmt::Pass(_) | Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::FunctionDef(f) => self.def(
                s,
                f.name.as_str(),
                (&f.args, f.returns.as_deref()),
                &f.body,
                &f.decorator_list,
                false,
                self.table.scope_of(f),
            )?,
            Stmt::AsyncFunctionDef(f) => self.def(
                s,
                f.name.as_str(),
                (&f.args, f.returns.as_deref()),
                &f.body,
                &f.decorator_list,
                true,
                self.table.scope_of(f),
            )?,
            Stmt::ClassDef(c) => {
                let decos = self.decorators(&c.decorator_list)?;
                let r = self.unit().temp();
                self.class(r, c)?;
                self.apply_decorators(decos, r, &c.decorator_list);
                self.store_name(c.name.as_str(), r);
            }
            Stmt::Raise(r) => self.raise(r)?,
            Stmt::Try(t) => self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody)?,
            Stmt::With(w) => self.with(&w.items, &w.body, self.line_of(w), false)?,
            Stmt::Assert(a) => {
                if self.optimize == 0 {
                    let c = self.expr_any(&a.test)?;
                    let j = self.emit(Instr::JumpIfTrue { cond: c, target: 0 });
                    let msg = match &a.msg {
                        Some(m) => self.expr_any(m)?,
                        None => NO_REG,
                    };
                    self.emit(Instr::RaiseAssert { msg });
                    self.unit().patch_here(j);
                }
            }
            Stmt::Import(i) => self.import(i)?,
            Stmt::ImportFrom(i) => self.import_from(i, s)?,
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::TryStar(_) => {
                return Err(CompileError::unsupported(
                    "'except*'",
                    self.loc(s.range().start()),
                ))
            }
            Stmt::AsyncFor(f) => {
                if self.units.last().expect("unit").meta.flags
                    & crate::objects::code::flags::COROUTINE
                    == 0
                {
                    return Err(CompileError::syntax(
                        "'async for' outside async function",
                        self.loc(s.range().start()),
                    ));
                }
                self.async_for_loop(&f.target, &f.iter, &f.body, &f.orelse)?
            }
            Stmt::AsyncWith(w) => {
                if self.units.last().expect("unit").meta.flags
                    & crate::objects::code::flags::COROUTINE
                    == 0
                {
                    return Err(CompileError::syntax(
                        "'async with' outside async function",
                        self.loc(s.range().start()),
                    ));
                }
                self.with(&w.items, &w.body, self.line_of(w), true)?
            }
            Stmt::TypeAlias(_) => {
                return Err(CompileError::unsupported(
                    "'type' aliases",
                    self.loc(s.range().start()),
                ))
            }
        }
        self.unit().free_to(mark);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn def(
        &mut self,
        s: &'a Stmt,
        name: &str,
        (args, returns): (&'a ast::Arguments, Option<&'a Expr>),
        body: &'a [Stmt],
        decorators: &'a [Expr],
        is_async: bool,
        scope: usize,
    ) -> Result<(), CompileError> {
        let decos = self.decorators(decorators)?;
        let r = self.unit().temp();
        let line = self.line_of(s);
        self.function(
            r,
            name,
            scope,
            args,
            FunctionBody::Stmts(body),
            is_async,
            line,
        )?;
        self.function_annotations(r, args, returns)?;
        self.apply_decorators(decos, r, decorators);
        self.store_name(name, r);
        Ok(())
    }

    /// Evaluates decorators into consecutive registers (each followed by a free slot for
    /// the call's argument); returns (base, count).
    fn decorators(&mut self, decos: &'a [Expr]) -> Result<(Reg, u16), CompileError> {
        let base = self.unit().temps(2 * decos.len() as u16);
        for (i, d) in decos.iter().enumerate() {
            self.expr_to(d, base + 2 * i as Reg)?;
        }
        Ok((base, decos.len() as u16))
    }

    /// Calls the decorators innermost first, each attributed to its own line.
    fn apply_decorators(&mut self, (base, n): (Reg, u16), value: Reg, decos: &[Expr]) {
        for i in (0..n).rev() {
            let f = base + 2 * i;
            let line = self.line_of(&decos[i as usize]);
            let saved = self.unit().set_line(line);
            self.emit(Instr::Move {
                dst: f + 1,
                src: value,
            });
            self.emit(Instr::Call {
                dst: value,
                func: f,
                argc: 1,
            });
            self.unit().set_line(saved);
        }
    }

    fn assign(&mut self, a: &'a ast::StmtAssign) -> Result<(), CompileError> {
        for t in &a.targets {
            self.check_assign_target(t)?;
        }
        if a.targets.len() == 1 {
            return self.assign_one(&a.targets[0], &a.value);
        }
        let r = self.unit().temp();
        self.expr_to(&a.value, r)?;
        for t in &a.targets {
            self.store_target(t, r)?;
        }
        Ok(())
    }

    /// `target = value` with the common cases compiled without a temporary.
    pub(super) fn assign_one(
        &mut self,
        target: &'a Expr,
        value: &'a Expr,
    ) -> Result<(), CompileError> {
        if let Expr::Name(n) = target {
            if let Some(reg) = self.local_reg(n.id.as_str()) {
                if writes_dst_last(value) {
                    return self.expr_to(value, reg);
                }
            }
        }
        if let (Expr::Tuple(t), Expr::Tuple(v)) = (target, value) {
            let simple = t.elts.len() == v.elts.len()
                && !t
                    .elts
                    .iter()
                    .chain(&v.elts)
                    .any(|e| matches!(e, Expr::Starred(_)));
            if simple {
                let base = self.unit().temps(v.elts.len() as u16);
                for (i, e) in v.elts.iter().enumerate() {
                    self.expr_to(e, base + i as Reg)?;
                }
                for (i, e) in t.elts.iter().enumerate() {
                    self.store_target(e, base + i as Reg)?;
                }
                return Ok(());
            }
        }
        let r = self.unit().temp();
        self.expr_to(value, r)?;
        self.store_target(target, r)
    }

    /// Stores register `src` into an assignment target.
    pub(super) fn store_target(&mut self, t: &'a Expr, src: Reg) -> Result<(), CompileError> {
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str(), src),
            Expr::Attribute(a) => {
                let obj = self.expr_any(&a.value)?;
                let name = self.attr_name(a.attr.as_str());
                self.emit(Instr::StoreAttr { obj, name, src });
            }
            Expr::Subscript(s) => {
                let obj = self.expr_any(&s.value)?;
                let key = self.subscript_key(&s.slice)?;
                self.emit(Instr::StoreItem { obj, key, src });
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                let n = elts.len() as u16;
                let base = self.unit().temps(n);
                match star {
                    None => {
                        self.emit(Instr::UnpackSeq {
                            dst: base,
                            src,
                            count: n,
                        });
                    }
                    Some(i) => {
                        if elts
                            .iter()
                            .filter(|e| matches!(e, Expr::Starred(_)))
                            .count()
                            > 1
                        {
                            return Err(CompileError::syntax(
                                "multiple starred expressions in assignment",
                                self.loc(t.range().start()),
                            ));
                        }
                        self.emit(Instr::UnpackEx {
                            dst: base,
                            src,
                            before: i as u16,
                            after: n - i as u16 - 1,
                        });
                    }
                }
                for (i, e) in elts.iter().enumerate() {
                    let e = match e {
                        Expr::Starred(s) => &*s.value,
                        e => e,
                    };
                    self.store_target(e, base + i as Reg)?;
                }
            }
            Expr::Starred(_) => {
                return Err(CompileError::syntax(
                    "starred assignment target must be in a list or tuple",
                    self.loc(t.range().start()),
                ));
            }
            _ => {
                return Err(CompileError::syntax(
                    format!("cannot assign to {}", describe(t)),
                    self.loc(t.range().start()),
                ));
            }
        }
        Ok(())
    }

    fn subscript_key(&mut self, e: &'a Expr) -> Result<Reg, CompileError> {
        let r = self.unit().temp();
        self.expr_to(e, r)?;
        Ok(r)
    }

    fn delete_target(&mut self, t: &'a Expr) -> Result<(), CompileError> {
        match t {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                let obj = self.expr_any(&a.value)?;
                let name = self.attr_name(a.attr.as_str());
                self.emit(Instr::DeleteAttr { obj, name });
            }
            Expr::Subscript(s) => {
                let obj = self.expr_any(&s.value)?;
                let key = self.subscript_key(&s.slice)?;
                self.emit(Instr::DeleteItem { obj, key });
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            _ => {
                return Err(CompileError::syntax(
                    format!("cannot delete {}", describe(t)),
                    self.loc(t.range().start()),
                ))
            }
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> Result<(), CompileError> {
        let op = binop(a.op);
        let emit_op = |cg: &mut Codegen<'a>, dst: Reg, x: Reg, y: Reg| {
            if op == super::bytecode::BinOp::Add {
                cg.emit(Instr::InplaceAdd { dst, a: x, b: y });
            } else {
                cg.emit(Instr::Inplace {
                    dst,
                    a: x,
                    b: y,
                    op: op as u16,
                });
            }
        };
        match &*a.target {
            Expr::Name(n) => {
                let name = n.id.as_str();
                if let Some(reg) = self.local_reg(name) {
                    let k = self.unit().name(name);
                    self.emit(Instr::CheckBound { reg, name: k });
                    let v = if has_walrus(&a.value) {
                        let t = self.unit().temp();
                        self.expr_to(&a.value, t)?;
                        t
                    } else {
                        self.expr_any(&a.value)?
                    };
                    emit_op(self, reg, reg, v);
                } else {
                    let cur = self.unit().temp();
                    self.load_name(name, cur);
                    let v = self.expr_any(&a.value)?;
                    emit_op(self, cur, cur, v);
                    self.store_name(name, cur);
                }
            }
            Expr::Attribute(at) => {
                let obj = self.expr_any(&at.value)?;
                let name = self.attr_name(at.attr.as_str());
                let cur = self.unit().temp();
                self.emit(Instr::LoadAttr {
                    dst: cur,
                    obj,
                    name,
                });
                let v = self.expr_any(&a.value)?;
                emit_op(self, cur, cur, v);
                self.emit(Instr::StoreAttr {
                    obj,
                    name,
                    src: cur,
                });
            }
            Expr::Subscript(s) => {
                let obj = self.expr_any(&s.value)?;
                let key = self.subscript_key(&s.slice)?;
                let cur = self.unit().temp();
                self.emit(Instr::LoadItem { dst: cur, obj, key });
                let v = self.expr_any(&a.value)?;
                emit_op(self, cur, cur, v);
                self.emit(Instr::StoreItem { obj, key, src: cur });
            }
            t => {
                return Err(CompileError::syntax(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        describe(t)
                    ),
                    self.loc(t.range().start()),
                ))
            }
        }
        Ok(())
    }
}

/// Whether compiling `e` into a register writes it only at the very end (so the register
/// may be a variable the expression itself reads, as in `x = x + 1`).
fn writes_dst_last(e: &Expr) -> bool {
    match e {
        Expr::BinOp(_)
        | Expr::UnaryOp(_)
        | Expr::Call(_)
        | Expr::Attribute(_)
        | Expr::Subscript(_)
        | Expr::Constant(_)
        | Expr::Name(_) => !has_walrus(e),
        Expr::List(_) | Expr::Tuple(_) | Expr::Set(_) | Expr::Dict(_) | Expr::JoinedStr(_) => {
            !has_walrus(e)
        }
        Expr::Compare(c) => c.ops.len() == 1 && !has_walrus(e),
        _ => false,
    }
}

impl Codegen<'_> {
    /// CPython's messages for an invalid target of an `=` statement, which suggest `==`.
    fn check_assign_target(&self, t: &Expr) -> Result<(), CompileError> {
        let Some(bad) = invalid_target(t) else {
            return Ok(());
        };
        let what = describe(bad);
        // CPython suggests `==` only when the whole target is an operand-level expression
        // (not a comparison, boolean operation, lambda, conditional or generator
        // expression, nor inside a tuple or list).
        let loose = matches!(
            bad,
            Expr::Compare(_)
                | Expr::BoolOp(_)
                | Expr::Lambda(_)
                | Expr::IfExp(_)
                | Expr::GeneratorExp(_)
        ) || matches!(bad, Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not);
        // The suggestion follows the token sequence: the bad expression ends right before
        // the `=` (it is the target, or the last item of an unparenthesized tuple).
        let start = t.range().start().to_usize();
        let ends_target = std::ptr::eq(bad, t)
            || matches!(t, Expr::Tuple(x) if x.elts.last().is_some_and(|l| std::ptr::eq(l, bad))
                && self.map.slice(start, start + 1) != "(");
        let hint = ends_target && !loose;
        let msg = match bad {
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                "assignment to yield expression not possible".into()
            }
            _ if matches!(what, "None" | "True" | "False") || !hint => {
                format!("cannot assign to {what}")
            }
            _ => format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"),
        };
        Err(CompileError::syntax(msg, self.loc(bad.range().start())))
    }
}

/// The first part of an assignment target that cannot be assigned to.
fn invalid_target(t: &Expr) -> Option<&Expr> {
    match t {
        Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => None,
        Expr::Tuple(x) => x.elts.iter().find_map(invalid_target),
        Expr::List(x) => x.elts.iter().find_map(invalid_target),
        Expr::Starred(s) => invalid_target(&s.value),
        other => Some(other),
    }
}

/// How CPython names an expression in "cannot assign to ..." messages.
fn describe(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::Constant(c) => match c.value {
            ast::Constant::None => "None",
            ast::Constant::Bool(true) => "True",
            ast::Constant::Bool(false) => "False",
            ast::Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Expr::Tuple(_) => "tuple",
        Expr::List(_) => "list",
        Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::BoolOp(_) => "expression",
        Expr::IfExp(_) => "conditional expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "f-string expression",
        Expr::NamedExpr(_) => "named expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        _ => "expression",
    }
}
