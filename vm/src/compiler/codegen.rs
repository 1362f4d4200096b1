//! Code generation driver: the stack of units being compiled, name access by scope, and the
//! creation of functions, classes and comprehensions. Statements are in `stmt.rs`,
//! expressions in `expr.rs`, exception handling in `exc.rs`.

use super::bytecode::{Instr, Reg, NO_REG};
use super::symtable::{Resolution, ScopeKind, SymbolTable};
use super::unit::Unit;
use super::{CodeUnit, CompileError, Const, Loc, SourceMap};
use crate::objects::code::{flags, CodeMeta};
use rustpython_parser::ast::{self, text_size::TextSize, Expr, Ranged, Stmt};
use std::rc::Rc;

/// Compiles a module body.
pub fn compile_body(
    body: &[Stmt],
    map: &SourceMap,
    optimize: u8,
) -> Result<CodeUnit, CompileError> {
    let table = SymbolTable::build(body, map)?;
    let mut cg = Codegen {
        table,
        map,
        units: Vec::new(),
        optimize,
        future_annotations: super::future::has_future_annotations(body),
        module_body: body,
    };
    let meta = CodeMeta {
        name: "<module>".into(),
        qualname: "<module>".into(),
        filename: map.filename.clone(),
        flags: flags::MODULE,
        first_line: 1,
        ..CodeMeta::default()
    };
    cg.push_unit(meta, 0);
    if let Some(doc) = docstring(body) {
        let r = cg.unit().temp();
        let k = cg.unit().konst(Const::Str(doc));
        cg.emit(Instr::LoadConst { dst: r, k });
        let name = cg.unit().name("__doc__");
        cg.emit(Instr::StoreName { src: r, name });
        cg.unit().free_to(r);
    }
    cg.setup_annotations(body);
    cg.stmts(body)?;
    cg.return_none();
    cg.units.pop().expect("module unit").finish()
}

/// Compiles an expression (for `eval`): module-level code returning its value.
pub fn compile_expression(
    e: &Expr,
    map: &SourceMap,
    optimize: u8,
) -> Result<CodeUnit, CompileError> {
    let body = vec![Stmt::Expr(ast::StmtExpr {
        range: e.range(),
        value: Box::new(e.clone()),
    })];
    let table = SymbolTable::build(&body, map)?;
    let mut cg = Codegen {
        table,
        map,
        units: Vec::new(),
        optimize,
        future_annotations: false,
        module_body: &[],
    };
    let meta = CodeMeta {
        name: "<module>".into(),
        qualname: "<module>".into(),
        filename: map.filename.clone(),
        flags: flags::MODULE,
        first_line: 1,
        ..CodeMeta::default()
    };
    cg.push_unit(meta, 0);
    let Stmt::Expr(s) = &body[0] else {
        unreachable!("built above")
    };
    let r = cg.expr_any(&s.value)?;
    cg.emit(Instr::Return { src: r });
    cg.units.pop().expect("module unit").finish()
}

/// The docstring of a body, if it starts with a string literal.
pub fn docstring(body: &[Stmt]) -> Option<String> {
    if let Some(Stmt::Expr(e)) = body.first() {
        if let Expr::Constant(c) = &*e.value {
            if let ast::Constant::Str(s) = &c.value {
                return Some(s.clone());
            }
        }
    }
    None
}

/// The compiler state.
pub struct Codegen<'a> {
    pub(super) table: SymbolTable,
    pub(super) map: &'a SourceMap,
    pub(super) units: Vec<Unit<'a>>,
    pub(super) optimize: u8,
    /// `from __future__ import annotations` is in effect.
    pub(super) future_annotations: bool,
    /// The module body (to place `from __future__` imports).
    pub(super) module_body: &'a [Stmt],
}

impl<'a> Codegen<'a> {
    /// The unit being compiled.
    pub(super) fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("unit")
    }

    pub(super) fn emit(&mut self, i: Instr) -> usize {
        self.unit().emit(i)
    }

    pub(super) fn loc(&self, at: TextSize) -> Loc {
        self.map.loc(at)
    }

    pub(super) fn line_of(&self, node: &impl Ranged) -> u32 {
        self.map.loc(node.range().start()).line
    }

    pub(super) fn scope_kind(&self) -> ScopeKind {
        let id = self.units.last().expect("unit").scope;
        self.table.scopes[id].kind
    }

    pub(super) fn push_unit(&mut self, mut meta: CodeMeta, scope: usize) {
        let s = &self.table.scopes[scope];
        meta.varnames = s.local_names();
        meta.freevars = s.free_names();
        meta.cellvars = s.cell_names();
        if s.kind == ScopeKind::Class && s.needs_class_cell {
            meta.class_cell = Some((meta.varnames.len() + meta.freevars.len()) as Reg);
        }
        let res = s
            .symbols
            .iter()
            .map(|(k, v)| (k.clone(), v.resolution))
            .collect();
        let prefix = match self.units.last() {
            None => String::new(),
            Some(parent) => {
                let pk = self.table.scopes[parent.scope].kind;
                match pk {
                    ScopeKind::Module => String::new(),
                    ScopeKind::Class => format!("{}.", parent.meta.qualname),
                    _ => format!("{}.<locals>.", parent.meta.qualname),
                }
            }
        };
        let mut unit = Unit::new(meta, scope, res);
        unit.qualprefix = prefix;
        self.units.push(unit);
        let cells: Vec<Reg> = {
            let u = self.units.last().expect("unit");
            u.meta.cellvars.iter().map(|n| u.regs[n]).collect()
        };
        for reg in cells {
            self.emit(Instr::MakeCell { reg });
        }
    }

    pub(super) fn return_none(&mut self) {
        let r = self.unit().temp();
        let k = self.unit().konst(Const::None);
        self.emit(Instr::LoadConst { dst: r, k });
        self.emit(Instr::Return { src: r });
        self.unit().free_to(r);
    }

    /// `name` after private-name mangling in the current scope (`__x` in class `C` is
    /// `_C__x`); the symbol table recorded names the same way.
    pub(super) fn mangled<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        let u = self.units.last().expect("unit");
        super::symtable::mangle(self.table.scopes[u.scope].private.as_deref(), name)
    }

    /// The name-table index of an attribute name (mangled like variables).
    pub(super) fn attr_name(&mut self, attr: &str) -> u16 {
        let m = self.mangled(attr).into_owned();
        self.unit().name(&m)
    }

    /// How a name resolves in the current scope.
    pub(super) fn resolve(&mut self, name: &str) -> Resolution {
        let name = self.mangled(name);
        let name: &str = &name;
        let u = self.units.last().expect("unit");
        u.resolutions
            .get(name)
            .copied()
            .unwrap_or(Resolution::GlobalImplicit)
    }

    /// Loads a name into `dst`.
    pub(super) fn load_name(&mut self, name: &str, dst: Reg) {
        let name = self.mangled(name);
        let name: &str = &name;
        let kind = self.scope_kind();
        let res = self.resolve(name);
        let n = self.unit().name(name);
        match (res, kind) {
            (Resolution::GlobalExplicit, _)
            | (Resolution::GlobalImplicit, ScopeKind::Function | ScopeKind::Comprehension) => {
                self.emit(Instr::LoadGlobal { dst, name: n });
            }
            (
                Resolution::GlobalImplicit | Resolution::Local,
                ScopeKind::Class | ScopeKind::Module,
            ) => {
                self.emit(Instr::LoadName { dst, name: n });
            }
            (Resolution::Free, ScopeKind::Class) => {
                let cell = self.unit().regs[name];
                self.emit(Instr::LoadClassDeref { dst, cell, name: n });
            }
            (Resolution::Cell | Resolution::Free, _) => {
                let cell = self.unit().regs[name];
                self.emit(Instr::LoadDeref { dst, cell, name: n });
            }
            (Resolution::Local, _) => {
                let reg = self.unit().regs[name];
                self.emit(Instr::CheckBound { reg, name: n });
                if reg != dst {
                    self.emit(Instr::Move { dst, src: reg });
                }
            }
        }
    }

    /// The register of a plain local variable (not a cell), if `name` is one.
    pub(super) fn local_reg(&mut self, name: &str) -> Option<Reg> {
        let name = self.mangled(name);
        let name: &str = &name;
        let kind = self.scope_kind();
        if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension)
            && self.resolve(name) == Resolution::Local
        {
            Some(self.unit().regs[name])
        } else {
            None
        }
    }

    /// Stores `src` into a name.
    pub(super) fn store_name(&mut self, name: &str, src: Reg) {
        let name = self.mangled(name);
        let name: &str = &name;
        let kind = self.scope_kind();
        let res = self.resolve(name);
        let n = self.unit().name(name);
        match (res, kind) {
            (Resolution::GlobalExplicit, _) => {
                self.emit(Instr::StoreGlobal { src, name: n });
            }
            (
                Resolution::Local | Resolution::GlobalImplicit,
                ScopeKind::Class | ScopeKind::Module,
            ) => {
                self.emit(Instr::StoreName { src, name: n });
            }
            (Resolution::Cell | Resolution::Free, _) => {
                let cell = self.unit().regs[name];
                self.emit(Instr::StoreDeref { cell, src });
            }
            (Resolution::Local, _) => {
                let reg = self.unit().regs[name];
                if reg != src {
                    self.emit(Instr::Move { dst: reg, src });
                }
            }
            (Resolution::GlobalImplicit, _) => {
                self.emit(Instr::StoreGlobal { src, name: n });
            }
        }
    }

    /// Deletes a name.
    pub(super) fn delete_name(&mut self, name: &str) {
        let name = self.mangled(name);
        let name: &str = &name;
        let kind = self.scope_kind();
        let res = self.resolve(name);
        let n = self.unit().name(name);
        match (res, kind) {
            (Resolution::GlobalExplicit, _)
            | (_, ScopeKind::Module)
            | (Resolution::GlobalImplicit, _) => {
                if matches!(kind, ScopeKind::Class | ScopeKind::Module)
                    && res != Resolution::GlobalExplicit
                {
                    self.emit(Instr::DeleteName { name: n });
                } else {
                    self.emit(Instr::DeleteGlobal { name: n });
                }
            }
            (Resolution::Local, ScopeKind::Class) => {
                self.emit(Instr::DeleteName { name: n });
            }
            (Resolution::Cell | Resolution::Free, _) => {
                let cell = self.unit().regs[name];
                self.emit(Instr::DeleteDeref { cell, name: n });
            }
            (Resolution::Local, _) => {
                let reg = self.unit().regs[name];
                self.emit(Instr::DeleteFast { reg, name: n });
            }
        }
    }

    /// Compiles a nested code unit (function, lambda, class body or comprehension) and emits
    /// MAKE_FUNCTION for it into `dst`.
    pub(super) fn make_function(
        &mut self,
        dst: Reg,
        meta: CodeMeta,
        scope: usize,
        defaults: Reg,
        kwdefaults: Reg,
        body: impl FnOnce(&mut Codegen<'a>) -> Result<(), CompileError>,
    ) -> Result<(), CompileError> {
        self.push_unit(meta, scope);
        body(self)?;
        let unit = self.units.pop().expect("unit");
        let freevars = unit.meta.freevars.clone();
        let code = unit.finish()?;
        let k = self.unit().konst(Const::Code(Rc::new(code)));
        let closure = if freevars.is_empty() {
            NO_REG
        } else {
            let mark = self.unit().mark();
            let base = self.unit().temps(freevars.len() as u16);
            for (i, name) in freevars.iter().enumerate() {
                let src = self
                    .unit()
                    .regs
                    .get(name)
                    .copied()
                    .unwrap_or_else(|| panic!("no cell for free variable {name}"));
                self.emit(Instr::Move {
                    dst: base + i as Reg,
                    src,
                });
            }
            let t = self.unit().temp();
            self.emit(Instr::BuildTuple {
                dst: t,
                base,
                count: freevars.len() as u16,
            });
            self.emit(Instr::Move { dst: base, src: t });
            self.unit().free_to(mark);
            base
        };
        self.emit(Instr::MakeFunction {
            dst,
            code: k,
            defaults,
            kwdefaults,
            closure,
        });
        Ok(())
    }

    /// Metadata for a nested unit named `name` starting at `line`.
    pub(super) fn child_meta(&mut self, name: &str, line: u32) -> CodeMeta {
        let qualname = format!("{}{}", self.unit().qualprefix_for_child(), name);
        CodeMeta {
            name: name.to_string(),
            qualname,
            filename: self.map.filename.clone(),
            first_line: line,
            ..CodeMeta::default()
        }
    }

    /// Compiles a `def` or `lambda` into `dst`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn function(
        &mut self,
        dst: Reg,
        name: &str,
        node_scope: usize,
        args: &'a ast::Arguments,
        body: FunctionBody<'a>,
        is_async: bool,
        line: u32,
    ) -> Result<(), CompileError> {
        let mark = self.unit().mark();
        let defaults_list: Vec<&Expr> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        let defaults = if defaults_list.is_empty() {
            NO_REG
        } else {
            let base = self.unit().temps(defaults_list.len() as u16);
            for (i, d) in defaults_list.iter().enumerate() {
                self.expr_to(d, base + i as Reg)?;
            }
            self.emit(Instr::BuildTuple {
                dst: base,
                base,
                count: defaults_list.len() as u16,
            });
            self.unit().free_to(base + 1);
            base
        };
        let kwd: Vec<&ast::ArgWithDefault> = args
            .kwonlyargs
            .iter()
            .filter(|a| a.default.is_some())
            .collect();
        let kwdefaults = if kwd.is_empty() {
            NO_REG
        } else {
            let base = self.unit().temps(kwd.len() as u16 * 2);
            for (i, a) in kwd.iter().enumerate() {
                let k = self.unit().konst(Const::Str(a.def.arg.to_string()));
                self.emit(Instr::LoadConst {
                    dst: base + 2 * i as Reg,
                    k,
                });
                self.expr_to(
                    a.default.as_deref().expect("default"),
                    base + 2 * i as Reg + 1,
                )?;
            }
            self.emit(Instr::BuildMap {
                dst: base,
                base,
                count: kwd.len() as u16 * 2,
            });
            self.unit().free_to(base + 1);
            base
        };
        let mut meta = self.child_meta(name, line);
        meta.argcount = (args.posonlyargs.len() + args.args.len()) as u16;
        meta.posonlyargcount = args.posonlyargs.len() as u16;
        meta.kwonlyargcount = args.kwonlyargs.len() as u16;
        if args.vararg.is_some() {
            meta.flags |= flags::VARARGS;
        }
        if args.kwarg.is_some() {
            meta.flags |= flags::VARKEYWORDS;
        }
        if self.table.scopes[node_scope].is_generator {
            meta.flags |= if is_async {
                flags::COROUTINE | flags::ASYNC_GENERATOR
            } else {
                flags::GENERATOR
            };
        } else if is_async {
            meta.flags |= flags::COROUTINE;
        }
        if let FunctionBody::Stmts(b) = body {
            meta.doc = docstring(b);
        }
        self.make_function(dst, meta, node_scope, defaults, kwdefaults, |cg| {
            match body {
                FunctionBody::Stmts(b) => {
                    cg.stmts(b)?;
                    if !matches!(b.last(), Some(Stmt::Return(_) | Stmt::Raise(_))) {
                        cg.return_none();
                    }
                }
                FunctionBody::Expr(e) => {
                    let r = cg.expr_any(e)?;
                    cg.emit(Instr::Return { src: r });
                }
            }
            cg.mark_simple_args();
            Ok(())
        })?;
        self.unit().free_to(mark);
        Ok(())
    }

    /// Sets SIMPLE_ARGS when arguments can be bound in place: only positional parameters
    /// and no parameter is a cell.
    pub(super) fn mark_simple_args(&mut self) {
        let u = self.unit();
        let m = &u.meta;
        let params_are_cells = m.varnames[..m.argcount as usize]
            .iter()
            .any(|n| m.cellvars.contains(n));
        if m.kwonlyargcount == 0
            && m.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR | flags::COROUTINE)
                == 0
            && !params_are_cells
        {
            u.meta.flags |= flags::SIMPLE_ARGS;
        }
    }

    /// Compiles a class definition into `dst`.
    pub(super) fn class(&mut self, dst: Reg, c: &'a ast::StmtClassDef) -> Result<(), CompileError> {
        let scope = self.table.scope_of(c);
        let line = self.line_of(c);
        let mut meta = self.child_meta(c.name.as_str(), line);
        meta.flags |= flags::CLASS_BODY;
        meta.doc = docstring(&c.body);
        let qualname = meta.qualname.clone();
        let base = self.unit().temps(1 + c.bases.len() as u16);
        self.make_function(base, meta, scope, NO_REG, NO_REG, |cg| {
            let r = cg.unit().temp();
            let n = cg.unit().name("__name__");
            cg.emit(Instr::LoadGlobal { dst: r, name: n });
            let m = cg.unit().name("__module__");
            cg.emit(Instr::StoreName { src: r, name: m });
            let k = cg.unit().konst(Const::Str(qualname));
            cg.emit(Instr::LoadConst { dst: r, k });
            let q = cg.unit().name("__qualname__");
            cg.emit(Instr::StoreName { src: r, name: q });
            if let Some(doc) = docstring(&c.body) {
                let k = cg.unit().konst(Const::Str(doc));
                cg.emit(Instr::LoadConst { dst: r, k });
                let d = cg.unit().name("__doc__");
                cg.emit(Instr::StoreName { src: r, name: d });
            }
            cg.unit().free_to(r);
            cg.unit().qualprefix = format!("{}.", cg.unit().meta.qualname);
            cg.setup_annotations(&c.body);
            cg.stmts(&c.body)?;
            match cg.unit().meta.class_cell {
                Some(cell) => {
                    cg.emit(Instr::Return { src: cell });
                }
                None => cg.return_none(),
            }
            Ok(())
        })?;
        for (i, b) in c.bases.iter().enumerate() {
            if matches!(b, Expr::Starred(_)) {
                return Err(CompileError::unsupported(
                    "starred base classes",
                    self.loc(b.range().start()),
                ));
            }
            self.expr_to(b, base + 1 + i as Reg)?;
        }
        let kw = self.keywords_dict(&c.keywords, base)?;
        self.emit(Instr::BuildClass {
            dst,
            base,
            nbases: c.bases.len() as u16,
            kw,
        });
        self.unit().free_to(base);
        Ok(())
    }
}

impl Unit<'_> {
    /// The qualified-name prefix for a definition inside this unit.
    pub fn qualprefix_for_child(&self) -> String {
        if self.meta.flags & flags::MODULE != 0 {
            String::new()
        } else if self.meta.flags & flags::CLASS_BODY != 0 {
            format!("{}.", self.meta.qualname)
        } else {
            format!("{}.<locals>.", self.meta.qualname)
        }
    }
}

/// The body of a function: statements (`def`) or one expression (`lambda`).
#[derive(Clone, Copy)]
pub enum FunctionBody<'a> {
    /// A `def` body.
    Stmts(&'a [Stmt]),
    /// A `lambda` body.
    Expr(&'a Expr),
}

/// What a comprehension builds.
#[derive(Clone, Copy)]
pub enum CompKind<'a> {
    /// `[elt for ...]`
    List(&'a Expr),
    /// `{elt for ...}`
    Set(&'a Expr),
    /// `{k: v for ...}`
    Dict(&'a Expr, &'a Expr),
    /// `(elt for ...)`
    Gen(&'a Expr),
}
