//! Code objects: compiled bytecode plus the metadata a frame needs.

use super::{trace_values, Kind, Payload};
use crate::compiler::bytecode::{ExcEntry, Instr};
use crate::value::Value;
use pyrite_gc::Tracer;
use std::cell::Cell;

/// Code flags.
pub mod flags {
    /// The function takes `*args`.
    pub const VARARGS: u32 = 1;
    /// The function takes `**kwargs`.
    pub const VARKEYWORDS: u32 = 2;
    /// Calling the function makes a generator.
    pub const GENERATOR: u32 = 4;
    /// Calling the function makes a coroutine (`async def`).
    pub const COROUTINE: u32 = 8;
    /// A class body: names live in a locals mapping.
    pub const CLASS_BODY: u32 = 16;
    /// Module-level code.
    pub const MODULE: u32 = 32;
    /// Positional parameters only, no cells: arguments can be bound in place.
    pub const SIMPLE_ARGS: u32 = 64;
    /// Calling the function makes an asynchronous generator (with COROUTINE).
    pub const ASYNC_GENERATOR: u32 = 128;
}

/// Everything about a code object except its constants (plain data, produced by the compiler).
#[derive(Clone, Debug, Default)]
pub struct CodeMeta {
    /// Function name (`<module>`, `<lambda>`, `<listcomp>`...).
    pub name: String,
    /// Qualified name (`C.method.<locals>.inner`).
    pub qualname: String,
    /// Source file name.
    pub filename: std::rc::Rc<str>,
    /// The instructions.
    pub instrs: Vec<Instr>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    /// Exception handlers, innermost first.
    pub exc_table: Vec<ExcEntry>,
    /// Names used by name-operand instructions.
    pub names: Vec<String>,
    /// Names of the local variables, in register order (parameters first).
    pub varnames: Vec<String>,
    /// Names of the free variables (their cells sit in registers after the locals).
    pub freevars: Vec<String>,
    /// Names of locals that are cells (captured by inner functions).
    pub cellvars: Vec<String>,
    /// Register of the class body's `__class__` cell, if it has one.
    pub class_cell: Option<u16>,
    /// Total registers (locals, free-variable cells, temporaries).
    pub nregs: u16,
    /// Number of positional parameters (including positional-only).
    pub argcount: u16,
    /// Number of positional-only parameters.
    pub posonlyargcount: u16,
    /// Number of keyword-only parameters.
    pub kwonlyargcount: u16,
    /// [`flags`] bits.
    pub flags: u32,
    /// Line of the `def` (or 1 for modules).
    pub first_line: u32,
    /// The docstring, if any.
    pub doc: Option<String>,
}

impl CodeMeta {
    /// Number of local-variable registers.
    pub fn nlocals(&self) -> u16 {
        self.varnames.len() as u16
    }

    /// Whether a flag is set.
    pub fn has(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }

    /// Total parameters, including `*args` and `**kwargs`.
    pub fn total_params(&self) -> usize {
        self.argcount as usize
            + self.kwonlyargcount as usize
            + self.has(flags::VARARGS) as usize
            + self.has(flags::VARKEYWORDS) as usize
    }
}

/// Payload of code objects.
pub struct CodeData {
    /// The compiled code.
    pub meta: CodeMeta,
    /// Constants as values.
    pub consts: Box<[Value]>,
    /// `meta.names` as interned strings.
    pub names: Box<[Value]>,
    /// `meta.varnames` as interned strings (for keyword-argument binding).
    pub varnames: Box<[Value]>,
    /// Executions of each backward jump target (loop headers), for hot-loop detection.
    pub loop_counts: Box<[Cell<u32>]>,
    /// Inline caches, one per instruction (used by attribute and global accesses).
    pub caches: Box<[Cell<InlineCache>]>,
}

/// What an inline cache remembers about the last execution of its instruction.
///
/// Entries are validated by keys that can never repeat (class address plus the VM's type
/// epoch, which changes whenever any class is created or modified; dict versions, which are
/// unique across dicts), so the cached `value` is only used while it is still reachable from
/// the class or dict it was found in, and the cache need not be traced by the collector.
#[derive(Clone, Copy, Debug, Default)]
pub struct InlineCache {
    /// What kind of entry this is (0: empty).
    pub kind: u8,
    /// First key (class address, or dict version).
    pub key1: u64,
    /// Second key (type epoch, or dict version).
    pub key2: u64,
    /// Position in a dict's entries.
    pub index: u32,
    /// A cached value (method).
    pub value: Value,
}

impl Payload for CodeData {
    const KIND: Kind = Kind::Code;
    fn trace(&self, tracer: &mut dyn Tracer) {
        trace_values(&self.consts, tracer);
        trace_values(&self.names, tracer);
        trace_values(&self.varnames, tracer);
    }
    fn external_size(&self) -> usize {
        self.meta.instrs.len() * std::mem::size_of::<Instr>() + self.consts.len() * 8
    }
}

impl CodeData {
    /// Source line of instruction `pc`.
    pub fn line_of(&self, pc: usize) -> u32 {
        self.meta
            .lines
            .get(pc)
            .copied()
            .unwrap_or(self.meta.first_line)
    }
}
