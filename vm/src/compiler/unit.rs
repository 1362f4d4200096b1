//! A code unit under construction: instructions, registers, constants, names, exception
//! regions and the stack of active blocks (loops, try, with) that `break`, `continue` and
//! `return` must unwind.
//!
//! **Registers.** Locals get the first registers (parameters first), free-variable cells the
//! next ones, and temporaries are allocated above them in stack order (`temp`, then
//! `free_to(mark)`), so that the registers of a call (function and arguments) are always
//! consecutive and on top.
//!
//! **Exception regions.** A `try` body (or a `with` body, or an except handler's body)
//! is a region whose exceptions go to a handler. A region can be suspended and resumed: when
//! `return` or `break` leaves a `try ... finally`, the inlined copy of the `finally` body must
//! not be covered by the region's own handler. Each covered stretch becomes one exception
//! table entry; entries are sorted innermost (shortest) first.

use super::bytecode::{ExcEntry, Instr, Reg};
use super::errors::CompileError;
use super::symtable::Resolution;
use super::Const;
use crate::objects::code::CodeMeta;
use rustpython_parser::ast::Stmt;
use std::collections::HashMap;

/// Index of an exception region in a unit.
pub type RegionId = usize;

struct Region {
    handler: Option<u32>,
    reg: Reg,
    open: Option<u32>,
    ranges: Vec<(u32, u32)>,
}

/// A block that `return`/`break`/`continue` must unwind.
pub enum FBlock<'a> {
    /// A `while` or `for` loop.
    Loop {
        /// Where `continue` jumps.
        top: u32,
        /// Jumps to patch to the loop's end.
        breaks: Vec<usize>,
        /// A `for` loop's iterator register when it may own a generator (GET_ITER_FRESH).
        owned_iter: Option<Reg>,
    },
    /// The body of `try` (with except handlers).
    TryExcept {
        /// Its region.
        region: RegionId,
    },
    /// The body (and handlers) of `try ... finally`.
    FinallyTry {
        /// Its region.
        region: RegionId,
        /// The finally body, inlined on every exit.
        body: &'a [Stmt],
    },
    /// An except handler's body: on exit restore the handled exception and unbind the name.
    HandlerCleanup {
        /// The cleanup region.
        region: RegionId,
        /// Register holding the saved exception state.
        saved: Reg,
        /// The `as` name to unbind.
        name: Option<String>,
    },
    /// The exceptional copy of a finally body.
    FinallyEnd {
        /// The cleanup region.
        region: RegionId,
        /// Register holding the saved exception state.
        saved: Reg,
    },
    /// A `with` body: on exit call `__exit__(None, None, None)`.
    With {
        /// Its region.
        region: RegionId,
        /// Register holding the bound `__exit__`.
        exit: Reg,
        /// The `with` statement's line, where the `__exit__` call is attributed.
        line: u32,
        /// `async with`: the `__aexit__` result is awaited.
        is_async: bool,
    },
}

/// A code unit being built.
pub struct Unit<'a> {
    /// Metadata and instructions.
    pub meta: CodeMeta,
    /// Constants.
    pub consts: Vec<Const>,
    /// Index of the scope in the symbol table.
    pub scope: usize,
    /// Registers of locals, cells and free variables by name.
    pub regs: HashMap<String, Reg>,
    /// Resolution of names in this scope (copied from the symbol table).
    pub resolutions: HashMap<String, Resolution>,
    /// Active blocks, innermost last.
    pub fblocks: Vec<FBlock<'a>>,
    /// Qualified-name prefix for nested definitions.
    pub qualprefix: String,
    next_temp: Reg,
    max_reg: Reg,
    line: u32,
    regions: Vec<Region>,
    name_index: HashMap<String, u16>,
    const_index: HashMap<String, u16>,
    /// The first per-code-object limit exceeded (registers, constants or names are
    /// 16-bit operands), reported by [`Unit::finish`].
    limit_hit: Option<(&'static str, u32)>,
}

/// Operands are 16 bits; `u16::MAX` is reserved for "no register".
const OPERAND_LIMIT: usize = u16::MAX as usize - 1;

impl<'a> Unit<'a> {
    /// A new unit whose locals are `varnames` and free variables `freevars`.
    pub fn new(meta: CodeMeta, scope: usize, resolutions: HashMap<String, Resolution>) -> Unit<'a> {
        let mut regs = HashMap::new();
        for (i, n) in meta.varnames.iter().enumerate() {
            regs.insert(n.clone(), i as Reg);
        }
        let nlocals = meta.varnames.len();
        for (j, n) in meta.freevars.iter().enumerate() {
            regs.insert(n.clone(), (nlocals + j) as Reg);
        }
        if let Some(c) = meta.class_cell {
            regs.insert("__class__".into(), c);
        }
        let first_temp = nlocals + meta.freevars.len() + meta.class_cell.is_some() as usize;
        let limit_hit =
            (first_temp > OPERAND_LIMIT).then_some(("local variables", meta.first_line));
        let first_temp = first_temp.min(OPERAND_LIMIT) as Reg;
        Unit {
            line: meta.first_line,
            meta,
            consts: Vec::new(),
            scope,
            regs,
            resolutions,
            fblocks: Vec::new(),
            qualprefix: String::new(),
            next_temp: first_temp,
            max_reg: first_temp,
            regions: Vec::new(),
            name_index: HashMap::new(),
            const_index: HashMap::new(),
            limit_hit,
        }
    }

    /// Records that a limit was exceeded (the first one is reported).
    fn hit_limit(&mut self, what: &'static str) {
        if self.limit_hit.is_none() {
            self.limit_hit = Some((what, self.line));
        }
    }

    /// Sets the source line for the next instructions; returns the previous one.
    pub fn set_line(&mut self, line: u32) -> u32 {
        std::mem::replace(&mut self.line, line)
    }

    /// Appends an instruction; returns its index.
    pub fn emit(&mut self, i: Instr) -> usize {
        self.meta.instrs.push(i);
        self.meta.lines.push(self.line);
        self.meta.instrs.len() - 1
    }

    /// Index of the next instruction.
    pub fn here(&self) -> u32 {
        self.meta.instrs.len() as u32
    }

    /// Points the jump at `at` to `target`.
    pub fn patch(&mut self, at: usize, target: u32) {
        match self.meta.instrs[at].jump_target_mut() {
            Some(t) => *t = target,
            None => panic!("not a jump: {:?}", self.meta.instrs[at]),
        }
    }

    /// Points the jump at `at` to the next instruction.
    pub fn patch_here(&mut self, at: usize) {
        let h = self.here();
        self.patch(at, h);
    }

    /// A new temporary register.
    pub fn temp(&mut self) -> Reg {
        self.temps(1)
    }

    /// `n` consecutive new temporaries; returns the first.
    pub fn temps(&mut self, n: u16) -> Reg {
        let r = self.next_temp;
        if r as usize + n as usize > OPERAND_LIMIT {
            self.hit_limit("registers (locals and temporaries)");
            return 0;
        }
        self.next_temp += n;
        self.max_reg = self.max_reg.max(self.next_temp);
        r
    }

    /// The current temporary mark.
    pub fn mark(&self) -> Reg {
        self.next_temp
    }

    /// Frees temporaries above `mark`.
    pub fn free_to(&mut self, mark: Reg) {
        self.next_temp = mark;
    }

    /// Whether `r` is a temporary (not a local, cell or free variable).
    pub fn is_temp(&self, r: Reg) -> bool {
        r as usize
            >= self.meta.varnames.len()
                + self.meta.freevars.len()
                + self.meta.class_cell.is_some() as usize
    }

    /// Index of a name in the name table.
    pub fn name(&mut self, s: &str) -> u16 {
        if let Some(&i) = self.name_index.get(s) {
            return i;
        }
        if self.meta.names.len() >= OPERAND_LIMIT {
            self.hit_limit("names");
            return 0;
        }
        let i = self.meta.names.len() as u16;
        self.meta.names.push(s.to_string());
        self.name_index.insert(s.to_string(), i);
        i
    }

    /// Index of a constant (deduplicated, except code units).
    pub fn konst(&mut self, c: Const) -> u16 {
        let key = c.dedup_key();
        if let Some(i) = key.as_ref().and_then(|k| self.const_index.get(k)) {
            return *i;
        }
        if self.consts.len() >= OPERAND_LIMIT {
            self.hit_limit("constants");
            return 0;
        }
        let i = self.consts.len() as u16;
        self.consts.push(c);
        if let Some(k) = key {
            self.const_index.insert(k, i);
        }
        i
    }

    /// Opens an exception region whose handler receives the exception in `reg`.
    pub fn open_region(&mut self, reg: Reg) -> RegionId {
        let here = self.here();
        self.regions.push(Region {
            handler: None,
            reg,
            open: Some(here),
            ranges: Vec::new(),
        });
        self.regions.len() - 1
    }

    /// Stops covering instructions with a region (they may be resumed).
    pub fn suspend_region(&mut self, id: RegionId) {
        let here = self.here();
        let r = &mut self.regions[id];
        if let Some(start) = r.open.take() {
            if start < here {
                r.ranges.push((start, here));
            }
        }
    }

    /// Resumes covering instructions with a suspended region.
    pub fn resume_region(&mut self, id: RegionId) {
        let here = self.here();
        let r = &mut self.regions[id];
        if r.open.is_none() {
            r.open = Some(here);
        }
    }

    /// Closes a region for good and sets its handler to the next instruction.
    pub fn close_region(&mut self, id: RegionId) {
        self.suspend_region(id);
        self.regions[id].handler = Some(self.here());
    }

    /// Sets a closed region's handler to the next instruction (if closed without one).
    pub fn set_handler_here(&mut self, id: RegionId) {
        self.regions[id].handler = Some(self.here());
    }

    /// Finishes the unit: builds the exception table and the register count.
    pub fn finish(mut self) -> Result<super::CodeUnit, CompileError> {
        if let Some((what, line)) = self.limit_hit {
            return Err(CompileError::unsupported(
                &format!("more than {OPERAND_LIMIT} {what} in one code object"),
                super::errors::Loc { line, col: 0 },
            ));
        }
        // Innermost first: shorter ranges first; among equal ranges the region opened later
        // (which is nested in the earlier one) first.
        let mut table: Vec<(u32, std::cmp::Reverse<usize>, ExcEntry)> = Vec::new();
        for (id, r) in self.regions.iter().enumerate() {
            let handler = r.handler.expect("region without handler");
            for &(start, end) in &r.ranges {
                let e = ExcEntry {
                    start,
                    end,
                    handler,
                    reg: r.reg,
                };
                table.push((end - start, std::cmp::Reverse(id), e));
            }
        }
        table.sort_by_key(|(len, id, e)| (*len, *id, e.start));
        self.meta.exc_table = table.into_iter().map(|(_, _, e)| e).collect();
        self.meta.nregs = self.max_reg;
        super::dataflow::remove_redundant_checks(&mut self.meta);
        Ok(super::CodeUnit {
            meta: self.meta,
            consts: self.consts,
        })
    }
}
