//! Scope analysis: which names are local, global, cells or free in each scope.
//!
//! Pass 1 walks the AST and records, per scope, how each name is used (assigned, read,
//! declared `global`/`nonlocal`, a parameter). Pass 2 resolves every name top-down, as
//! CPython's `symtable.c` does: a name assigned in a function is local; a name read but not
//! assigned is free if an enclosing *function* binds it, otherwise global. Class bodies do not
//! make their names visible to nested functions. A local that some nested scope reads as free
//! becomes a *cell*. Functions that mention `super` or `__class__` inside a class get the
//! class's implicit `__class__` cell.

use super::{CompileError, SourceMap};
use rustpython_parser::ast::{self, Expr, Ranged, Stmt};
use std::collections::{HashMap, HashSet};

/// Kind of scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// Module level.
    Module,
    /// A class body.
    Class,
    /// A function or lambda.
    Function,
    /// A comprehension or generator expression.
    Comprehension,
}

/// How a name resolves in a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// A local variable in a register (or, in class bodies, the class namespace).
    Local,
    /// A local variable captured by a nested scope (a cell in a register).
    Cell,
    /// A variable of an enclosing function (a cell in a register).
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere visible: globals, then builtins.
    GlobalImplicit,
}

const ASSIGNED: u8 = 1;
const PARAM: u8 = 2;
const GLOBAL: u8 = 4;
const NONLOCAL: u8 = 8;
const USED: u8 = 16;

/// A name's uses and resolution within one scope.
#[derive(Clone, Copy, Debug)]
pub struct Symbol {
    flags: u8,
    /// How the name resolves.
    pub resolution: Resolution,
}

/// Identifies a scope by the address of the AST node that opens it.
pub type ScopeKey = usize;

/// One scope.
#[derive(Debug)]
pub struct Scope {
    /// Kind.
    pub kind: ScopeKind,
    /// Names in order of first appearance.
    pub order: Vec<String>,
    /// Symbols by name.
    pub symbols: HashMap<String, Symbol>,
    /// Parameters in register order.
    pub params: Vec<String>,
    /// Nested scopes, in source order.
    pub children: Vec<usize>,
    /// Contains `yield`.
    pub is_generator: bool,
    /// An `async def` body (where `await` is allowed).
    pub is_async: bool,
    /// A class body whose methods need the `__class__` cell.
    pub needs_class_cell: bool,
    /// Class bodies: names bound in the class that nested functions read from an enclosing
    /// function (the class passes the cell through without seeing it).
    pub passthrough: Vec<String>,
    /// The private-name prefix (the enclosing class's name without leading underscores):
    /// names recorded here are already mangled.
    pub private: Option<String>,
}

/// CPython's private name mangling: inside class `Ham`, `__spam` becomes `_Ham__spam`
/// (dunder names like `__init__` and dotted names are left alone).
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> std::borrow::Cow<'n, str> {
    match private {
        Some(p) if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') => {
            std::borrow::Cow::Owned(format!("_{p}{name}"))
        }
        _ => std::borrow::Cow::Borrowed(name),
    }
}

/// The mangling prefix for a class: its name without leading underscores (`None` when
/// nothing is left, as for a class named `__`).
pub fn private_prefix(class_name: &str) -> Option<String> {
    let p = class_name.trim_start_matches('_');
    (!p.is_empty()).then(|| p.to_string())
}

impl Scope {
    fn new(kind: ScopeKind) -> Scope {
        Scope {
            kind,
            order: Vec::new(),
            symbols: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            is_async: false,
            needs_class_cell: false,
            passthrough: Vec::new(),
            private: None,
        }
    }

    fn add(&mut self, name: &str, flag: u8) {
        let name = mangle(self.private.as_deref(), name);
        let name: &str = &name;
        if let Some(s) = self.symbols.get_mut(name) {
            s.flags |= flag;
        } else {
            self.order.push(name.to_string());
            self.symbols.insert(
                name.to_string(),
                Symbol {
                    flags: flag,
                    resolution: Resolution::GlobalImplicit,
                },
            );
        }
    }

    /// How `name` resolves here (names never seen resolve as implicit globals).
    pub fn resolve(&self, name: &str) -> Resolution {
        self.symbols
            .get(name)
            .map_or(Resolution::GlobalImplicit, |s| s.resolution)
    }

    /// Names that live in registers as plain locals or cells, in register order
    /// (parameters first).
    pub fn local_names(&self) -> Vec<String> {
        let mut v = self.params.clone();
        let params: HashSet<&str> = self.params.iter().map(String::as_str).collect();
        for n in &self.order {
            let r = self.symbols[n].resolution;
            let is_local = matches!(r, Resolution::Local | Resolution::Cell);
            let in_register = self.kind != ScopeKind::Class || r == Resolution::Cell;
            // `order` has each name once, so only parameters can repeat.
            if is_local && in_register && !params.contains(n.as_str()) {
                v.push(n.clone());
            }
        }
        v
    }

    /// Names of free variables, in order of first appearance.
    pub fn free_names(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .order
            .iter()
            .filter(|n| self.symbols[*n].resolution == Resolution::Free)
            .cloned()
            .collect();
        v.extend(self.passthrough.iter().cloned());
        v
    }

    /// Names of cell variables.
    pub fn cell_names(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .local_names()
            .into_iter()
            .filter(|n| self.symbols[n].resolution == Resolution::Cell)
            .collect();
        if self.kind == ScopeKind::Class
            && self.needs_class_cell
            && !v.iter().any(|n| n == "__class__")
        {
            v.push("__class__".into());
        }
        v
    }
}

/// All scopes of a module.
pub struct SymbolTable {
    /// Scopes; index 0 is the module.
    pub scopes: Vec<Scope>,
    /// Scope index by AST node address.
    pub by_node: HashMap<ScopeKey, usize>,
}

/// The address of an AST node, used as a scope key.
pub fn key<T>(node: &T) -> ScopeKey {
    node as *const T as usize
}

impl SymbolTable {
    /// Analyses a module.
    pub fn build(body: &[Stmt], src: &SourceMap) -> Result<SymbolTable, CompileError> {
        let mut b = Builder {
            table: SymbolTable {
                scopes: vec![Scope::new(ScopeKind::Module)],
                by_node: HashMap::new(),
            },
            stack: vec![0],
            comprehensions: Vec::new(),
            comprehension_vars: Vec::new(),
            in_comprehension_iter: 0,
            src,
        };
        b.stmts(body)?;
        let mut t = b.table;
        t.analyze(0, &HashSet::new(), src)?;
        Ok(t)
    }

    /// The scope opened by an AST node.
    pub fn scope_of<T>(&self, node: &T) -> usize {
        self.by_node[&key(node)]
    }

    fn analyze(
        &mut self,
        id: usize,
        bound: &HashSet<String>,
        src: &SourceMap,
    ) -> Result<HashSet<String>, CompileError> {
        let kind = self.scopes[id].kind;
        let names = self.scopes[id].order.clone();
        for n in &names {
            let s = self.scopes[id].symbols[n];
            let r = if s.flags & GLOBAL != 0 {
                Resolution::GlobalExplicit
            } else if s.flags & NONLOCAL != 0 {
                if !bound.contains(n) {
                    return Err(CompileError::syntax(
                        format!("no binding for nonlocal '{n}' found"),
                        src.start(),
                    ));
                }
                Resolution::Free
            } else if s.flags & (ASSIGNED | PARAM) != 0 {
                if kind == ScopeKind::Module {
                    Resolution::GlobalImplicit
                } else {
                    Resolution::Local
                }
            } else if bound.contains(n) {
                Resolution::Free
            } else {
                Resolution::GlobalImplicit
            };
            self.scopes[id]
                .symbols
                .get_mut(n)
                .expect("symbol")
                .resolution = r;
        }
        let mut child_bound = match kind {
            ScopeKind::Module => HashSet::new(),
            ScopeKind::Class => bound.clone(),
            ScopeKind::Function | ScopeKind::Comprehension => {
                let mut b = bound.clone();
                for n in &names {
                    let r = self.scopes[id].symbols[n].resolution;
                    if matches!(r, Resolution::Local | Resolution::Free) {
                        b.insert(n.clone());
                    } else {
                        b.remove(n);
                    }
                }
                b
            }
        };
        if kind == ScopeKind::Class {
            child_bound.insert("__class__".into());
        }
        let mut wanted = HashSet::new();
        for child in self.scopes[id].children.clone() {
            wanted.extend(self.analyze(child, &child_bound, src)?);
        }
        for n in wanted {
            let scope = &mut self.scopes[id];
            if kind == ScopeKind::Class && n == "__class__" {
                scope.needs_class_cell = true;
                continue;
            }
            match scope.symbols.get(&n).map(|s| s.resolution) {
                Some(Resolution::Local) if kind != ScopeKind::Class => {
                    scope.symbols.get_mut(&n).expect("symbol").resolution = Resolution::Cell;
                }
                Some(Resolution::Cell) | Some(Resolution::Free) => {}
                Some(Resolution::Local) => {
                    if !scope.passthrough.contains(&n) {
                        scope.passthrough.push(n);
                    }
                }
                _ => {
                    scope.add(&n, 0);
                    scope.symbols.get_mut(&n).expect("symbol").resolution = Resolution::Free;
                }
            }
        }
        Ok(self.scopes[id].free_names().into_iter().collect())
    }
}

struct Builder<'a> {
    table: SymbolTable,
    stack: Vec<usize>,
    src: &'a SourceMap,
    /// What each open comprehension scope is ("list comprehension", ...), innermost last.
    comprehensions: Vec<&'static str>,
    /// The iteration variables of each open comprehension, innermost last.
    comprehension_vars: Vec<Vec<String>>,
    /// How many comprehension iterable expressions are being visited.
    in_comprehension_iter: usize,
}

impl Builder<'_> {
    /// Whether the current scope is a comprehension inside an `async def`.
    fn in_async_comprehension(&self) -> bool {
        let mut scopes = self.stack.iter().rev().map(|&id| &self.table.scopes[id]);
        scopes
            .next()
            .is_some_and(|s| s.kind == ScopeKind::Comprehension)
            && scopes
                .find(|s| s.kind != ScopeKind::Comprehension)
                .is_some_and(|s| s.kind == ScopeKind::Function && s.is_async)
    }

    fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().expect("scope");
        &mut self.table.scopes[id]
    }

    fn push(&mut self, node: ScopeKey, kind: ScopeKind) -> usize {
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

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn args_defaults(&mut self, args: &ast::Arguments) -> Result<(), CompileError> {
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

    fn params(&mut self, args: &ast::Arguments) {
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

    fn function(
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
    fn check_declaration(&mut self, name: &str, what: &str, s: &Stmt) -> Result<(), CompileError> {
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

    fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
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
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
            }
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::TypeAlias(_) => {}
        }
        Ok(())
    }

    fn try_parts(
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

    fn comprehension(
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
    fn comprehension_iter(&mut self, e: &Expr) -> Result<(), CompileError> {
        self.in_comprehension_iter += 1;
        let r = self.expr(e);
        self.in_comprehension_iter -= 1;
        r
    }

    /// A walrus target inside comprehensions binds in the nearest enclosing non-comprehension
    /// scope.
    fn walrus_target(
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

    fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
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
                    && self.cur().kind == ScopeKind::Function
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

    fn exprs(&mut self, es: &[Expr]) -> Result<(), CompileError> {
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
