//! Pass 1 of scope analysis, statements: scopes for functions and classes, bindings made
//! by statements, and CPython's checks on `global`/`nonlocal` declarations.

use super::*;

impl Builder<'_> {
    /// The scope being built.
    pub(super) fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().expect("scope");
        &mut self.table.scopes[id]
    }

    /// Opens a child scope of the current one for `node`.
    pub(super) fn push(&mut self, node: ScopeKey, kind: ScopeKind) -> usize {
        let id = self.table.scopes.len();
        let parent = *self.stack.last().expect("scope");
        let mut scope = Scope::new(kind);
        scope.private = self.table.scopes[parent].private.clone();
        self.table.scopes.push(scope);
        self.table.scopes[parent].children.push(id);
        self.table.by_node.insert(node, id);
        self.stack.push(id);
        id
    }

    pub(super) fn stmts(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn args_defaults(&mut self, args: &ast::Arguments) -> Result<(), CompileError> {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    pub(super) fn params(&mut self, args: &ast::Arguments) {
        let mut names: Vec<&str> = Vec::new();
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            names.push(a.def.arg.as_str());
        }
        if let Some(v) = &args.vararg {
            names.push(v.arg.as_str());
        }
        if let Some(k) = &args.kwarg {
            names.push(k.arg.as_str());
        }
        for n in names {
            self.cur().add(n, PARAM);
            let n = mangle(self.cur().private.as_deref(), n).into_owned();
            self.cur().params.push(n);
        }
    }

    pub(super) fn function(
        &mut self,
        node: ScopeKey,
        args: &ast::Arguments,
        body: &[Stmt],
        decorators: &[Expr],
        is_async: bool,
    ) -> Result<(), CompileError> {
        for d in decorators {
            self.expr(d)?;
        }
        self.args_defaults(args)?;
        self.push(node, ScopeKind::Function);
        self.cur().is_async = is_async;
        self.params(args);
        self.stmts(body)?;
        self.stack.pop();
        Ok(())
    }

    /// CPython's checks for a `global`/`nonlocal` declaration of `name` against what the
    /// scope did with the name before it.
    pub(super) fn check_declaration(
        &mut self,
        name: &str,
        what: &str,
        s: &Stmt,
    ) -> Result<(), CompileError> {
        let scope = self.cur();
        let key = mangle(scope.private.as_deref(), name);
        let flags = scope.symbols.get(key.as_ref()).map_or(0, |sym| sym.flags);
        let other = if what == "global" { NONLOCAL } else { GLOBAL };
        let msg = if flags & PARAM != 0 {
            format!("name '{name}' is parameter and {what}")
        } else if flags & other != 0 {
            format!("name '{name}' is nonlocal and global")
        } else if flags & ASSIGNED != 0 {
            format!("name '{name}' is assigned to before {what} declaration")
        } else if flags & USED != 0 {
            format!("name '{name}' is used prior to {what} declaration")
        } else {
            return Ok(());
        };
        Err(CompileError::syntax(msg, self.src.loc(s.range().start())))
    }

    pub(super) fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        match s {
            Stmt::FunctionDef(f) => {
                self.function(key(f), &f.args, &f.body, &f.decorator_list, false)?;
                self.cur().add(f.name.as_str(), ASSIGNED);
            }
            Stmt::AsyncFunctionDef(f) => {
                self.function(key(f), &f.args, &f.body, &f.decorator_list, true)?;
                self.cur().add(f.name.as_str(), ASSIGNED);
            }
            Stmt::ClassDef(c) => {
                for e in c.decorator_list.iter().chain(&c.bases) {
                    self.expr(e)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.push(key(c), ScopeKind::Class);
                self.cur().private = private_prefix(c.name.as_str());
                self.stmts(&c.body)?;
                self.stack.pop();
                self.cur().add(c.name.as_str(), ASSIGNED);
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.expr(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.expr(t)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value)?;
                self.expr(&a.target)?;
                if let Expr::Name(n) = &*a.target {
                    self.cur().add(n.id.as_str(), USED);
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.expr(&a.target)?;
                } else if let Expr::Name(n) = &*a.target {
                    if self.cur().kind == ScopeKind::Function {
                        self.cur().add(n.id.as_str(), ASSIGNED);
                    }
                }
            }
            Stmt::For(f) => {
                self.expr(&f.iter)?;
                self.expr(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::AsyncFor(f) => {
                self.expr(&f.iter)?;
                self.expr(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                self.stmts(&i.orelse)?;
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::AsyncWith(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Raise(r) => {
                for e in r.exc.iter().chain(&r.cause) {
                    self.expr(e)?;
                }
            }
            Stmt::Try(t) => self.try_parts(&t.body, &t.handlers, &t.orelse, &t.finalbody)?,
            Stmt::TryStar(t) => self.try_parts(&t.body, &t.handlers, &t.orelse, &t.finalbody)?,
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.as_str().split('.').next().unwrap_or(""),
                    };
                    self.cur().add(bound, ASSIGNED);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() != "*" {
                        let bound = a.asname.as_ref().unwrap_or(&a.name);
                        self.cur().add(bound.as_str(), ASSIGNED);
                    }
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.check_declaration(n.as_str(), "global", s)?;
                    self.cur().add(n.as_str(), GLOBAL);
                }
            }
            Stmt::Nonlocal(g) => {
                for n in &g.names {
                    if self.cur().kind == ScopeKind::Module {
                        return Err(CompileError::syntax(
                            "nonlocal declaration not allowed at module level",
                            self.src.loc(s.range().start()),
                        ));
                    }
                    self.check_declaration(n.as_str(), "nonlocal", s)?;
                    self.cur().add(n.as_str(), NONLOCAL);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::TypeAlias(_) => {}
        }
        Ok(())
    }

    pub(super) fn try_parts(
        &mut self,
        body: &[Stmt],
        handlers: &[ast::ExceptHandler],
        orelse: &[Stmt],
        fin: &[Stmt],
    ) -> Result<(), CompileError> {
        self.stmts(body)?;
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            if let Some(t) = &h.type_ {
                self.expr(t)?;
            }
            if let Some(n) = &h.name {
                self.cur().add(n.as_str(), ASSIGNED);
            }
            self.stmts(&h.body)?;
        }
        self.stmts(orelse)?;
        self.stmts(fin)
    }
}
