//! Comprehensions and generator expressions: each is a nested function of one argument
//! (the iterator of the first `for` clause, evaluated in the enclosing scope) whose loops
//! append to a new list/set/dict or yield. With an `async for` clause it is a coroutine
//! awaited in place (or, for a generator expression, an asynchronous generator).

use super::bytecode::{Instr, Reg, NO_REG};
use super::codegen::{Codegen, CompKind};
use super::{CompileError, Const};
use crate::objects::code::flags;
use rustpython_parser::ast::{self, Expr, Ranged};

impl<'a> Codegen<'a> {
    /// Compiles a comprehension (list, set, dict or generator expression) into `dst`.
    pub(super) fn comprehension(
        &mut self,
        dst: Reg,
        e: &'a Expr,
        kind: CompKind<'a>,
        gens: &'a [ast::Comprehension],
    ) -> Result<(), CompileError> {
        let scope = self.table.scope_of(e);
        let line = self.line_of(e);
        let name = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        let mut meta = self.child_meta(name, line);
        meta.argcount = 1;
        let is_async = gens.iter().any(|g| g.is_async);
        let in_coroutine = self.unit().meta.flags & flags::COROUTINE != 0;
        match (matches!(kind, CompKind::Gen(_)), is_async) {
            (true, false) => meta.flags |= flags::GENERATOR,
            (true, true) => meta.flags |= flags::COROUTINE | flags::ASYNC_GENERATOR,
            (false, true) if !in_coroutine => {
                return Err(CompileError::syntax(
                    "asynchronous comprehension outside of an asynchronous function",
                    self.loc(e.range().start()),
                ))
            }
            (false, true) => meta.flags |= flags::COROUTINE,
            (false, false) => {}
        }
        let base = self.unit().temps(2);
        self.make_function(base, meta, scope, NO_REG, NO_REG, |cg| {
            let result = match kind {
                CompKind::List(_) => {
                    let r = cg.unit().temp();
                    cg.emit(Instr::BuildList {
                        dst: r,
                        base: r,
                        count: 0,
                    });
                    Some(r)
                }
                CompKind::Set(_) => {
                    let r = cg.unit().temp();
                    cg.emit(Instr::BuildSet {
                        dst: r,
                        base: r,
                        count: 0,
                    });
                    Some(r)
                }
                CompKind::Dict(..) => {
                    let r = cg.unit().temp();
                    cg.emit(Instr::BuildMap {
                        dst: r,
                        base: r,
                        count: 0,
                    });
                    Some(r)
                }
                CompKind::Gen(_) => None,
            };
            cg.comp_loop(gens, 0, kind, result)?;
            match result {
                Some(r) => {
                    cg.emit(Instr::Return { src: r });
                }
                None => cg.return_none(),
            }
            cg.mark_simple_args();
            Ok(())
        })?;
        let it = self.expr_any(&gens[0].iter)?;
        if gens[0].is_async {
            self.emit(Instr::GetAiter {
                dst: base + 1,
                src: it,
            });
        } else {
            self.emit(Instr::GetIter {
                dst: base + 1,
                src: it,
            });
        }
        self.emit(Instr::Call {
            dst,
            func: base,
            argc: 1,
        });
        if is_async && !matches!(kind, CompKind::Gen(_)) {
            // An async list/set/dict comprehension is a coroutine, awaited here.
            self.await_in_place(dst);
        }
        self.unit().free_to(base);
        Ok(())
    }

    pub(super) fn comp_loop(
        &mut self,
        gens: &'a [ast::Comprehension],
        i: usize,
        kind: CompKind<'a>,
        result: Option<Reg>,
    ) -> Result<(), CompileError> {
        let g = &gens[i];
        let mark = self.unit().mark();
        let iter = if i == 0 {
            0
        } else {
            let src = self.expr_any(&g.iter)?;
            let r = self.unit().temp();
            if g.is_async {
                self.emit(Instr::GetAiter { dst: r, src });
            } else {
                self.emit(Instr::GetIter { dst: r, src });
            }
            r
        };
        let top = self.unit().here();
        let item = self.unit().temp();
        let for_iter = if g.is_async {
            let aw = self.unit().temp();
            self.emit(Instr::GetAnext { dst: aw, iter });
            self.emit(Instr::GetAwaitable { dst: aw, src: aw });
            let k = self.unit().konst(Const::None);
            self.emit(Instr::LoadConst { dst: item, k });
            self.emit(Instr::AwaitAnext {
                dst: item,
                iter: aw,
                target: 0,
            })
        } else {
            self.emit(Instr::ForIter {
                dst: item,
                iter,
                target: 0,
            })
        };
        self.store_target(&g.target, item)?;
        for cond in &g.ifs {
            let c = self.expr_any(cond)?;
            let skip = self.emit(Instr::JumpIfTrue { cond: c, target: 0 });
            self.emit(Instr::JumpBack { target: top });
            self.unit().patch_here(skip);
        }
        if i + 1 < gens.len() {
            self.comp_loop(gens, i + 1, kind, result)?;
        } else {
            let m = self.unit().mark();
            match kind {
                CompKind::List(elt) => {
                    let v = self.expr_any(elt)?;
                    self.emit(Instr::ListAppend {
                        list: result.expect("list"),
                        item: v,
                    });
                }
                CompKind::Set(elt) => {
                    let v = self.expr_any(elt)?;
                    self.emit(Instr::SetAdd {
                        set: result.expect("set"),
                        item: v,
                    });
                }
                CompKind::Dict(k, v) => {
                    let kr = self.unit().temp();
                    self.expr_to(k, kr)?;
                    let vr = self.expr_any(v)?;
                    self.emit(Instr::MapAdd {
                        map: result.expect("dict"),
                        key: kr,
                        value: vr,
                    });
                }
                CompKind::Gen(elt) => {
                    let mut v = self.expr_any(elt)?;
                    let t = self.unit().temp();
                    if self.unit().meta.flags & flags::ASYNC_GENERATOR != 0 {
                        self.emit(Instr::AsyncGenWrap { dst: t, src: v });
                        v = t;
                    }
                    self.emit(Instr::Yield { dst: t, src: v });
                }
            }
            self.unit().free_to(m);
        }
        self.emit(Instr::JumpBack { target: top });
        self.unit().patch_here(for_iter);
        self.unit().free_to(mark);
        Ok(())
    }
}
