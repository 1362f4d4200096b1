//! Loops: `while` (with `while True` compiled without a test), `for` over an iterator
//! (FOR_ITER; a loop over a fresh call result owns its iterator and closes it when left
//! early) and `async for` (awaiting `__anext__()` until StopAsyncIteration).

use super::bytecode::Instr;
use super::codegen::Codegen;
use super::unit::FBlock;
use super::{CompileError, Const};
use rustpython_parser::ast::{self, Expr, Stmt};

impl<'a> Codegen<'a> {
    pub(super) fn while_loop(&mut self, w: &'a ast::StmtWhile) -> Result<(), CompileError> {
        let top = self.unit().here();
        let mark = self.unit().mark();
        let exit = if is_true_constant(&w.test) {
            None
        } else {
            Some(self.jump_unless(&w.test)?)
        };
        self.unit().free_to(mark);
        self.unit().fblocks.push(FBlock::Loop {
            top,
            breaks: Vec::new(),
            owned_iter: None,
        });
        self.stmts(&w.body)?;
        self.emit(Instr::JumpBack { target: top });
        let Some(FBlock::Loop { breaks, .. }) = self.unit().fblocks.pop() else {
            unreachable!("loop block")
        };
        if let Some(j) = exit {
            self.unit().patch_here(j);
        }
        self.stmts(&w.orelse)?;
        for b in breaks {
            self.unit().patch_here(b);
        }
        Ok(())
    }

    pub(super) fn for_loop(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> Result<(), CompileError> {
        let src = self.expr_any(iter)?;
        let it = self.unit().temp();
        // The result of a call is referenced by nothing else yet: the loop may own it.
        let owned_iter = matches!(iter, Expr::Call(_)).then_some(it);
        if owned_iter.is_some() {
            self.emit(Instr::GetIterFresh { dst: it, src });
        } else {
            self.emit(Instr::GetIter { dst: it, src });
        }
        let top = self.unit().here();
        let direct = match target {
            Expr::Name(n) => self.local_reg(n.id.as_str()),
            _ => None,
        };
        let item = direct.unwrap_or_else(|| self.unit().temp());
        let for_iter = self.emit(Instr::ForIter {
            dst: item,
            iter: it,
            target: 0,
        });
        if direct.is_none() {
            self.store_target(target, item)?;
        }
        self.unit().fblocks.push(FBlock::Loop {
            top,
            breaks: Vec::new(),
            owned_iter,
        });
        self.stmts(body)?;
        self.emit(Instr::JumpBack { target: top });
        let Some(FBlock::Loop { breaks, .. }) = self.unit().fblocks.pop() else {
            unreachable!("loop block")
        };
        self.unit().patch_here(for_iter);
        self.stmts(orelse)?;
        for b in breaks {
            self.unit().patch_here(b);
        }
        Ok(())
    }

    /// `async for target in iter: body else: orelse`: awaits `__anext__()` each time;
    /// StopAsyncIteration ends the loop.
    pub(super) fn async_for_loop(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> Result<(), CompileError> {
        let src = self.expr_any(iter)?;
        let it = self.unit().temp();
        self.emit(Instr::GetAiter { dst: it, src });
        let top = self.unit().here();
        let awaitable = self.unit().temp();
        let item = self.unit().temp();
        self.emit(Instr::GetAnext {
            dst: awaitable,
            iter: it,
        });
        self.emit(Instr::GetAwaitable {
            dst: awaitable,
            src: awaitable,
        });
        let k = self.unit().konst(Const::None);
        self.emit(Instr::LoadConst { dst: item, k });
        let next = self.emit(Instr::AwaitAnext {
            dst: item,
            iter: awaitable,
            target: 0,
        });
        self.store_target(target, item)?;
        self.unit().fblocks.push(FBlock::Loop {
            top,
            breaks: Vec::new(),
            owned_iter: None,
        });
        self.stmts(body)?;
        self.emit(Instr::JumpBack { target: top });
        let Some(FBlock::Loop { breaks, .. }) = self.unit().fblocks.pop() else {
            unreachable!("loop block")
        };
        self.unit().patch_here(next);
        self.stmts(orelse)?;
        for b in breaks {
            self.unit().patch_here(b);
        }
        Ok(())
    }
}

fn is_true_constant(e: &Expr) -> bool {
    match e {
        Expr::Constant(c) => match &c.value {
            ast::Constant::Bool(b) => *b,
            ast::Constant::Int(i) => i.bits() > 0,
            _ => false,
        },
        _ => false,
    }
}
