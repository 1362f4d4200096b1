//! Pass 1 of scope analysis, expressions: names used and bound by expressions, lambdas,
//! comprehensions (their own scopes) and assignment expressions (which bind in the
//! enclosing function), with CPython's SyntaxErrors for misplaced `yield`, `await` and `:=`.

use super::*;

impl Builder<'_> {
    /// Whether the current scope is a comprehension inside an `async def`.
    pub(super) fn in_async_comprehension(&self) -> bool {
        let mut scopes = self.stack.iter().rev().map(|&id| &self.table.scopes[id]);
        scopes
            .next()
            .is_some_and(|s| s.kind == ScopeKind::Comprehension)
            && scopes
                .find(|s| s.kind != ScopeKind::Comprehension)
                .is_some_and(|s| s.kind == ScopeKind::Function && s.is_async)
    }

    pub(super) fn comprehension(
        &mut self,
        node: ScopeKey,
        what: &'static str,
        gens: &[ast::Comprehension],
        elts: &[&Expr],
    ) -> Result<(), CompileError> {
        self.comprehension_iter(&gens[0].iter)?;
        self.push(node, ScopeKind::Comprehension);
        self.comprehensions.push(what);
        let mut vars = Vec::new();
        for g in gens {
            target_names(&g.target, &mut vars);
        }
        self.comprehension_vars.push(vars);
        self.cur().add(".0", PARAM);
        self.cur().params.push(".0".into());
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.comprehension_iter(&g.iter)?;
            }
            self.expr(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.comprehensions.pop();
        self.comprehension_vars.pop();
        self.stack.pop();
        Ok(())
    }

    /// A comprehension's iterable expression, where `:=` is not allowed.
    pub(super) fn comprehension_iter(&mut self, e: &Expr) -> Result<(), CompileError> {
        self.in_comprehension_iter += 1;
        let r = self.expr(e);
        self.in_comprehension_iter -= 1;
        r
    }

    /// A walrus target inside comprehensions binds in the nearest enclosing non-comprehension
    /// scope.
    pub(super) fn walrus_target(
        &mut self,
        name: &str,
        at: ast::text_size::TextSize,
    ) -> Result<(), CompileError> {
        if self.in_comprehension_iter > 0 {
            return Err(CompileError::syntax(
                "assignment expression cannot be used in a comprehension iterable expression",
                self.src.loc(at),
            ));
        }
        if self.cur().kind != ScopeKind::Comprehension {
            self.cur().add(name, ASSIGNED);
            return Ok(());
        }
        if self.comprehension_vars.iter().flatten().any(|v| v == name) {
            return Err(CompileError::syntax(
                format!(
                    "assignment expression cannot rebind comprehension iteration variable '{name}'"
                ),
                self.src.loc(at),
            ));
        }
        let mut i = self.stack.len() - 1;
        while self.table.scopes[self.stack[i]].kind == ScopeKind::Comprehension {
            i -= 1;
        }
        let owner = self.stack[i];
        match self.table.scopes[owner].kind {
            ScopeKind::Class => {
                return Err(CompileError::syntax(
                    "assignment expression within a comprehension cannot be used in a class body",
                    self.src.loc(at),
                ))
            }
            ScopeKind::Module => {
                for &s in &self.stack[i + 1..] {
                    self.table.scopes[s].add(name, GLOBAL);
                }
            }
            _ => {
                self.table.scopes[owner].add(name, ASSIGNED);
                for &s in &self.stack[i + 1..] {
                    self.table.scopes[s].add(name, NONLOCAL);
                }
            }
        }
        Ok(())
    }

    pub(super) fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        match e {
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v)?;
                }
            }
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                if let Expr::Name(t) = &*n.target {
                    self.walrus_target(t.id.as_str(), n.range.start())?;
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                self.args_defaults(&l.args)?;
                self.push(key(l), ScopeKind::Function);
                self.params(&l.args);
                self.expr(&l.body)?;
                self.stack.pop();
            }
            Expr::IfExp(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.expr(k)?;
                }
                for v in &d.values {
                    self.expr(v)?;
                }
            }
            Expr::Set(s) => self.exprs(&s.elts)?,
            Expr::ListComp(c) => {
                self.comprehension(key(e), "list comprehension", &c.generators, &[&c.elt])?
            }
            Expr::SetComp(c) => {
                self.comprehension(key(e), "set comprehension", &c.generators, &[&c.elt])?
            }
            Expr::GeneratorExp(c) => {
                self.comprehension(key(e), "generator expression", &c.generators, &[&c.elt])?;
                let id = self.table.by_node[&key(e)];
                self.table.scopes[id].is_generator = true;
            }
            Expr::DictComp(c) => self.comprehension(
                key(e),
                "dict comprehension",
                &c.generators,
                &[&c.key, &c.value],
            )?,
            Expr::Await(a) if self.cur().kind == ScopeKind::Function && self.cur().is_async => {
                self.expr(&a.value)?;
            }
            Expr::Await(_) if self.in_async_comprehension() => {
                return Err(CompileError::unsupported(
                    "'await' in a comprehension (asynchronous comprehensions)",
                    self.src.loc(e.range().start()),
                ));
            }
            Expr::Await(_) => {
                let msg = if self.cur().kind == ScopeKind::Module {
                    "'await' outside function"
                } else {
                    "'await' outside async function"
                };
                return Err(CompileError::syntax(msg, self.src.loc(e.range().start())));
            }
            Expr::Yield(_) | Expr::YieldFrom(_) if self.cur().kind == ScopeKind::Comprehension => {
                let what = self
                    .comprehensions
                    .last()
                    .copied()
                    .unwrap_or("comprehension");
                return Err(CompileError::syntax(
                    format!("'yield' inside {what}"),
                    self.src.loc(e.range().start()),
                ));
            }
            Expr::Yield(y) => {
                self.cur().is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.cur().is_generator = true;
                self.expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                self.exprs(&c.comparators)?;
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                self.exprs(&c.args)?;
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value)?;
                if let Some(s) = &f.format_spec {
                    self.expr(s)?;
                }
            }
            Expr::JoinedStr(j) => self.exprs(&j.values)?,
            Expr::Constant(_) => {}
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::Name(n) => {
                let flag = match n.ctx {
                    ast::ExprContext::Load => USED,
                    _ => ASSIGNED,
                };
                let name = n.id.as_str();
                if name == "__debug__" && flag == ASSIGNED {
                    let msg = if matches!(n.ctx, ast::ExprContext::Del) {
                        "cannot delete __debug__"
                    } else {
                        "cannot assign to __debug__"
                    };
                    return Err(CompileError::syntax(msg, self.src.loc(e.range().start())));
                }
                self.cur().add(name, flag);
                if flag == USED
                    && (name == "super" || name == "__class__")
                    && matches!(
                        self.cur().kind,
                        ScopeKind::Function | ScopeKind::Comprehension
                    )
                {
                    self.cur().add("__class__", USED);
                }
            }
            Expr::List(l) => self.exprs(&l.elts)?,
            Expr::Tuple(t) => self.exprs(&t.elts)?,
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(p)?;
                }
            }
        }
        Ok(())
    }

    pub(super) fn exprs(&mut self, es: &[Expr]) -> Result<(), CompileError> {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }
}

/// The names a comprehension's `for` target binds.
fn target_names(e: &Expr, out: &mut Vec<String>) {
    match e {
        Expr::Name(n) => out.push(n.id.to_string()),
        Expr::Tuple(t) => t.elts.iter().for_each(|e| target_names(e, out)),
        Expr::List(l) => l.elts.iter().for_each(|e| target_names(e, out)),
        Expr::Starred(s) => target_names(&s.value, out),
        _ => {}
    }
}
