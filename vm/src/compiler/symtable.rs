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

mod visit_expr;
mod visit_pattern;
mod visit_stmt;

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
