//! Exception handling: `raise`, `try`/`except`/`else`/`finally`, `with`, and the unwinding
//! of blocks by `return`, `break` and `continue`.
//!
//! The scheme follows CPython 3.11's "zero-cost" exceptions: the protected code runs with no
//! setup instructions; the exception table sends an exception raised in a region to its
//! handler with the exception in a register. A handler runs with PUSH_EXC_INFO (so that
//! `sys.exc_info()`, bare `raise` and implicit chaining see the exception) and leaves through
//! POP_EXC_INFO; an exception inside the handler goes to a small cleanup handler that
//! restores the state and re-raises. `finally` bodies are compiled twice — once for normal
//! exit and once for the exceptional path — plus once more for each `return`, `break` or
//! `continue` that leaves them.
//!
//! ```text
//! try: A                    A                      <- region R1 -> H
//! except E as e: B          JUMP END
//!                        H: PUSH_EXC_INFO s, x     <- region R2 -> C
//!                           EXC_MATCH t, x, E ; JUMP_IF_FALSE t, NOMATCH
//!                           e = x ; B ; POP_EXC_INFO s ; e = None ; del e ; JUMP END
//!                  NOMATCH: POP_EXC_INFO s ; RERAISE x
//!                        C: POP_EXC_INFO s ; RERAISE y
//!                      END:
//! ```

use super::bytecode::{Instr, Reg, NO_REG};
use super::codegen::Codegen;
use super::unit::FBlock;
use super::{CompileError, Const};
use rustpython_parser::ast::{self, Ranged, Stmt};

impl<'a> Codegen<'a> {
    pub(super) fn raise(&mut self, r: &'a ast::StmtRaise) -> Result<(), CompileError> {
        let exc = match &r.exc {
            Some(e) => self.expr_any(e)?,
            None => NO_REG,
        };
        let cause = match &r.cause {
            Some(c) => self.expr_any(c)?,
            None => NO_REG,
        };
        self.emit(Instr::Raise { exc, cause });
        Ok(())
    }

    pub(super) fn try_stmt(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> Result<(), CompileError> {
        if finalbody.is_empty() {
            return self.try_except(body, handlers, orelse);
        }
        let fexc = self.unit().temp();
        let region = self.unit().open_region(fexc);
        self.unit().fblocks.push(FBlock::FinallyTry {
            region,
            body: finalbody,
        });
        if handlers.is_empty() {
            self.stmts(body)?;
            self.stmts(orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().fblocks.pop();
        self.unit().suspend_region(region);
        // Normal exit: the finally body once.
        self.stmts(finalbody)?;
        let end = self.emit(Instr::Jump { target: 0 });
        // Exceptional exit.
        self.unit().set_handler_here(region);
        let saved = self.unit().temp();
        self.emit(Instr::PushExcInfo {
            save: saved,
            exc: fexc,
        });
        let cexc = self.unit().temp();
        let cleanup = self.unit().open_region(cexc);
        self.unit().fblocks.push(FBlock::FinallyEnd {
            region: cleanup,
            saved,
        });
        self.stmts(finalbody)?;
        self.unit().fblocks.pop();
        self.unit().suspend_region(cleanup);
        self.emit(Instr::PopExcInfo { saved });
        self.emit(Instr::Reraise { exc: fexc });
        self.unit().set_handler_here(cleanup);
        self.emit(Instr::PopExcInfo { saved });
        self.emit(Instr::Reraise { exc: cexc });
        self.unit().patch_here(end);
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
    ) -> Result<(), CompileError> {
        let exc = self.unit().temp();
        let region = self.unit().open_region(exc);
        self.unit().fblocks.push(FBlock::TryExcept { region });
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.unit().suspend_region(region);
        self.stmts(orelse)?;
        let mut ends = vec![self.emit(Instr::Jump { target: 0 })];
        self.unit().set_handler_here(region);
        let saved = self.unit().temp();
        self.emit(Instr::PushExcInfo { save: saved, exc });
        let cexc = self.unit().temp();
        let cleanup = self.unit().open_region(cexc);
        for (i, h) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let line = self.line_of(h);
            self.unit().set_line(line);
            let mark = self.unit().mark();
            let next = match &h.type_ {
                Some(t) => {
                    let ty = self.expr_any(t)?;
                    let m = self.unit().temp();
                    self.emit(Instr::ExcMatch { dst: m, exc, ty });
                    Some(self.emit(Instr::JumpIfFalse { cond: m, target: 0 }))
                }
                None => {
                    if i + 1 < handlers.len() {
                        return Err(CompileError::syntax(
                            "default 'except:' must be last",
                            self.loc(h.range.start()),
                        ));
                    }
                    None
                }
            };
            self.unit().free_to(mark);
            let name = h.name.as_ref().map(|n| n.to_string());
            if let Some(n) = &name {
                self.store_name(n, exc);
            }
            self.unit().fblocks.push(FBlock::HandlerCleanup {
                region: cleanup,
                saved,
                name: name.clone(),
            });
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Instr::PopExcInfo { saved });
            if let Some(n) = &name {
                self.unbind(n);
            }
            ends.push(self.emit(Instr::Jump { target: 0 }));
            if let Some(j) = next {
                self.unit().patch_here(j);
            }
        }
        self.unit().suspend_region(cleanup);
        self.emit(Instr::PopExcInfo { saved });
        self.emit(Instr::Reraise { exc });
        self.unit().set_handler_here(cleanup);
        self.emit(Instr::PopExcInfo { saved });
        self.emit(Instr::Reraise { exc: cexc });
        for e in ends {
            self.unit().patch_here(e);
        }
        Ok(())
    }

    /// `name = None; del name` at the end of `except ... as name`.
    fn unbind(&mut self, name: &str) {
        let r = self.unit().temp();
        let k = self.unit().konst(Const::None);
        self.emit(Instr::LoadConst { dst: r, k });
        self.store_name(name, r);
        self.delete_name(name);
        self.unit().free_to(r);
    }

    pub(super) fn with(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
        line: u32,
        is_async: bool,
    ) -> Result<(), CompileError> {
        let (item, rest) = items.split_first().expect("with has items");
        let ctx = self.expr_any(&item.context_expr)?;
        let exit = self.unit().temp();
        let entered = self.unit().temp();
        if is_async {
            self.emit(Instr::AsyncWithEnter {
                dst: entered,
                exit,
                ctx,
            });
            self.await_in_place(entered);
        } else {
            self.emit(Instr::WithEnter {
                dst: entered,
                exit,
                ctx,
            });
        }
        let exc = self.unit().temp();
        let region = self.unit().open_region(exc);
        if let Some(target) = &item.optional_vars {
            self.store_target(target, entered)?;
        }
        self.unit().fblocks.push(FBlock::With {
            region,
            exit,
            line,
            is_async,
        });
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with(rest, body, line, is_async)?;
        }
        self.unit().fblocks.pop();
        self.unit().suspend_region(region);
        // The `__exit__` calls are attributed to the `with` line, as in CPython.
        let body_line = self.unit().set_line(line);
        let r = self.unit().temp();
        self.emit(Instr::WithExit {
            dst: r,
            exit,
            exc: NO_REG,
        });
        if is_async {
            self.await_in_place(r);
        }
        let end = self.emit(Instr::Jump { target: 0 });
        self.unit().set_handler_here(region);
        let saved = self.unit().temp();
        self.emit(Instr::PushExcInfo { save: saved, exc });
        let cexc = self.unit().temp();
        let cleanup = self.unit().open_region(cexc);
        self.emit(Instr::WithExit { dst: r, exit, exc });
        if is_async {
            self.await_in_place(r);
        }
        self.unit().suspend_region(cleanup);
        let suppress = self.emit(Instr::JumpIfTrue { cond: r, target: 0 });
        self.emit(Instr::PopExcInfo { saved });
        self.emit(Instr::Reraise { exc });
        self.unit().patch_here(suppress);
        self.emit(Instr::PopExcInfo { saved });
        let end2 = self.emit(Instr::Jump { target: 0 });
        self.unit().set_handler_here(cleanup);
        self.emit(Instr::PopExcInfo { saved });
        self.emit(Instr::Reraise { exc: cexc });
        self.unit().patch_here(end);
        self.unit().patch_here(end2);
        self.unit().set_line(body_line);
        Ok(())
    }

    /// `r = await r`.
    pub(super) fn await_in_place(&mut self, r: Reg) {
        let it = self.unit().temp();
        self.emit(Instr::GetAwaitable { dst: it, src: r });
        let k = self.unit().konst(Const::None);
        self.emit(Instr::LoadConst { dst: r, k });
        self.emit(Instr::YieldFrom { dst: r, iter: it });
    }

    pub(super) fn return_stmt(
        &mut self,
        r: &'a ast::StmtReturn,
        s: &Stmt,
    ) -> Result<(), CompileError> {
        use super::symtable::ScopeKind;
        if !matches!(self.scope_kind(), ScopeKind::Function) {
            return Err(CompileError::syntax(
                "'return' outside function",
                self.loc(s.range().start()),
            ));
        }
        let v = self.unit().temp();
        if r.value.is_some()
            && self.unit().meta.flags & crate::objects::code::flags::ASYNC_GENERATOR != 0
        {
            return Err(CompileError::syntax(
                "'return' with value in async generator",
                self.loc(s.range().start()),
            ));
        }
        match &r.value {
            Some(e) => self.expr_to(e, v)?,
            None => {
                let k = self.unit().konst(Const::None);
                self.emit(Instr::LoadConst { dst: v, k });
            }
        }
        let depth = self.unit().fblocks.len();
        let resumed = self.unwind_blocks(0, depth)?;
        self.emit(Instr::Return { src: v });
        self.resume_regions(resumed);
        Ok(())
    }

    pub(super) fn break_continue(&mut self, is_break: bool, s: &Stmt) -> Result<(), CompileError> {
        let blocks = &self.units.last().expect("unit").fblocks;
        let Some(loop_index) = blocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }))
        else {
            let what = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(CompileError::syntax(what, self.loc(s.range().start())));
        };
        let depth = blocks.len();
        let resumed = self.unwind_blocks(loop_index + 1, depth)?;
        let FBlock::Loop {
            top, owned_iter, ..
        } = self.unit().fblocks[loop_index]
        else {
            unreachable!("loop")
        };
        if is_break {
            if let Some(iter) = owned_iter {
                self.emit(Instr::CloseIter { iter });
            }
            let j = self.emit(Instr::Jump { target: 0 });
            if let FBlock::Loop { breaks, .. } = &mut self.unit().fblocks[loop_index] {
                breaks.push(j);
            }
        } else {
            self.emit(Instr::JumpBack { target: top });
        }
        self.resume_regions(resumed);
        Ok(())
    }

    /// Emits the exit actions of blocks `from..to` (innermost first), suspending their
    /// regions; returns the regions to resume after the jump.
    fn unwind_blocks(&mut self, from: usize, to: usize) -> Result<Vec<usize>, CompileError> {
        let mut resumed = Vec::new();
        for i in (from..to).rev() {
            let region = match &self.unit().fblocks[i] {
                FBlock::Loop { .. } => None,
                FBlock::TryExcept { region }
                | FBlock::FinallyTry { region, .. }
                | FBlock::With { region, .. } => Some(*region),
                FBlock::HandlerCleanup { region, .. } | FBlock::FinallyEnd { region, .. } => {
                    Some(*region)
                }
            };
            if let Some(r) = region {
                self.unit().suspend_region(r);
                resumed.push(r);
            }
            match &self.unit().fblocks[i] {
                FBlock::FinallyTry { body, .. } => {
                    let body: &'a [Stmt] = body;
                    // The inlined finally runs outside this block (and those inside it).
                    let inner: Vec<FBlock<'a>> = self.unit().fblocks.drain(i..).collect();
                    let r = self.stmts(body);
                    self.unit().fblocks.extend(inner);
                    r?;
                }
                FBlock::HandlerCleanup { saved, name, .. } => {
                    let (saved, name) = (*saved, name.clone());
                    self.emit(Instr::PopExcInfo { saved });
                    if let Some(n) = name {
                        self.unbind(&n);
                    }
                }
                FBlock::FinallyEnd { saved, .. } => {
                    let saved = *saved;
                    self.emit(Instr::PopExcInfo { saved });
                }
                FBlock::With {
                    exit,
                    line,
                    is_async,
                    ..
                } => {
                    let (exit, line, is_async) = (*exit, *line, *is_async);
                    let r = self.unit().temp();
                    let saved = self.unit().set_line(line);
                    self.emit(Instr::WithExit {
                        dst: r,
                        exit,
                        exc: NO_REG,
                    });
                    if is_async {
                        self.await_in_place(r);
                    }
                    self.unit().set_line(saved);
                    self.unit().free_to(r);
                }
                FBlock::Loop { owned_iter, .. } => {
                    if let Some(iter) = *owned_iter {
                        self.emit(Instr::CloseIter { iter });
                    }
                }
                FBlock::TryExcept { .. } => {}
            }
        }
        Ok(resumed)
    }

    fn resume_regions(&mut self, regions: Vec<usize>) {
        for r in regions {
            self.unit().resume_region(r);
        }
    }
}
