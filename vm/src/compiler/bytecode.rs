//! pyrite's bytecode: a register machine.
//!
//! **Why registers.** Each frame owns a flat window of value slots: its local variables
//! first (parameters, then other locals), then the cells of free variables, then temporaries.
//! Every instruction names the slots it reads and writes (`ADD r5, r1, r2`), so an
//! instruction's effect on the frame is explicit in its operands — exactly what a trace
//! recorder needs to map slots to IR values, and what a deoptimizer needs to rebuild a frame
//! from a snapshot: the frame state *is* the slot array plus the instruction index. A stack
//! machine would hide the same information in an implicit stack depth that the recorder
//! would have to simulate. Registers also need fewer dispatches than a stack machine (no
//! separate loads and stores of locals), which matters for the interpreter's speed.
//!
//! Instructions are defined once, in the [`define_instrs!`] table below, which generates
//! the [`Instr`] enum, the mnemonics, the operand list used by the disassembler and the
//! validator, and [`Instr::visit_regs`] (which slots each instruction reads and writes).
//! Instruction indices are stable: jump targets and exception-table ranges refer to them.

/// A register (slot) index within the frame.
pub type Reg = u16;
/// "No register" for optional operands.
pub const NO_REG: Reg = u16::MAX;

/// What an operand is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A register the instruction reads.
    R,
    /// A register the instruction writes.
    W,
    /// A register read, then written.
    RW,
    /// An optional register read (`NO_REG` when absent).
    ROpt,
    /// The first of two registers written.
    W2,
    /// The first of a range of registers read (length given by other operands).
    RRange,
    /// The first of a range of registers written (length given by other operands).
    WRange,
    /// An index into the constant table.
    Konst,
    /// An index into the name table.
    Name,
    /// An instruction index.
    Jump,
    /// An immediate number.
    Imm,
}

/// One decoded operand.
#[derive(Clone, Copy, Debug)]
pub struct Operand {
    /// Field name in the table.
    pub field: &'static str,
    /// What it is.
    pub role: Role,
    /// Its value.
    pub value: u32,
}

/// How an instruction touches a register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// The register is read.
    Read,
    /// The register is written.
    Write,
}

macro_rules! visit_role {
    ($f:ident, R, $v:ident) => { $f($v, Access::Read) };
    ($f:ident, W, $v:ident) => { $f($v, Access::Write) };
    ($f:ident, RW, $v:ident) => {{ $f($v, Access::Read); $f($v, Access::Write) }};
    ($f:ident, ROpt, $v:ident) => { if $v != NO_REG { $f($v, Access::Read) } };
    ($f:ident, W2, $v:ident) => {{ $f($v, Access::Write); $f($v + 1, Access::Write) }};
    ($f:ident, RRange($($n:ident)+ ; $extra:literal), $v:ident) => {
        for r in $v..$v + 0 $(+ $n)+ + $extra { $f(r, Access::Read) }
    };
    ($f:ident, WRange($($n:ident)+ ; $extra:literal), $v:ident) => {
        for r in $v..$v + 0 $(+ $n)+ + $extra { $f(r, Access::Write) }
    };
    ($f:ident, $other:ident, $v:ident) => {};
}

macro_rules! role_of {
    ($role:ident) => {
        Role::$role
    };
    ($role:ident ($($x:tt)*)) => {
        Role::$role
    };
}

macro_rules! define_instrs {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident = $mn:literal { $($field:ident : $ty:ty => $role:ident $(($($rarg:tt)*))?),* $(,)? }
    ),* $(,)?) => {
        /// One instruction.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Instr {
            $( $(#[doc = $doc])* $name { $(#[allow(missing_docs)] $field: $ty),* } ),*
        }

        impl Instr {
            /// The instruction's name as the disassembler prints it.
            pub fn mnemonic(&self) -> &'static str {
                match self { $(Instr::$name { .. } => $mn),* }
            }

            /// The operands with their roles, in table order.
            pub fn operands(&self) -> Vec<Operand> {
                match *self {
                    $(Instr::$name { $($field),* } => vec![$(Operand {
                        field: stringify!($field),
                        role: role_of!($role $(($($rarg)*))?),
                        value: $field as u32,
                    }),*]),*
                }
            }

            /// Calls `f` for every register the instruction reads or writes.
            #[allow(unused_variables, clippy::reversed_empty_ranges)]
            pub fn visit_regs(&self, f: &mut dyn FnMut(Reg, Access)) {
                match *self {
                    $(Instr::$name { $($field),* } => { $( visit_role!(f, $role $(($($rarg)*))?, $field); )* }),*
                }
            }

            /// The jump target, if the instruction can jump.
            pub fn jump_target(&self) -> Option<u32> {
                self.operands().iter().find(|o| o.role == Role::Jump).map(|o| o.value)
            }
        }
    };
}

define_instrs! {
    /// Does nothing.
    Nop = "NOP" {},
    /// `dst = consts[k]`.
    LoadConst = "LOAD_CONST" { dst: Reg => W, k: u16 => Konst },
    /// `dst = src`.
    Move = "MOVE" { dst: Reg => W, src: Reg => R },
    /// Raises UnboundLocalError if local `reg` (named `name`) is unbound.
    CheckBound = "CHECK_BOUND" { reg: Reg => R, name: u16 => Name },
    /// Unbinds local `reg` (raising if it is already unbound).
    DeleteFast = "DELETE_FAST" { reg: Reg => W, name: u16 => Name },
    /// `dst = globals[name]` or `builtins[name]`.
    LoadGlobal = "LOAD_GLOBAL" { dst: Reg => W, name: u16 => Name },
    /// `globals[name] = src`.
    StoreGlobal = "STORE_GLOBAL" { src: Reg => R, name: u16 => Name },
    /// `del globals[name]`.
    DeleteGlobal = "DELETE_GLOBAL" { name: u16 => Name },
    /// Name lookup in the frame's locals mapping, then globals, then builtins.
    LoadName = "LOAD_NAME" { dst: Reg => W, name: u16 => Name },
    /// `locals[name] = src`.
    StoreName = "STORE_NAME" { src: Reg => R, name: u16 => Name },
    /// `del locals[name]`.
    DeleteName = "DELETE_NAME" { name: u16 => Name },
    /// Replaces `reg`'s value with a new cell holding it.
    MakeCell = "MAKE_CELL" { reg: Reg => RW },
    /// `dst = cell.value`.
    LoadDeref = "LOAD_DEREF" { dst: Reg => W, cell: Reg => R, name: u16 => Name },
    /// `cell.value = src`.
    StoreDeref = "STORE_DEREF" { cell: Reg => R, src: Reg => R },
    /// Unbinds `cell`'s value.
    DeleteDeref = "DELETE_DEREF" { cell: Reg => R, name: u16 => Name },
    /// In a class body: `locals[name]` if present, else the cell's value.
    LoadClassDeref = "LOAD_CLASSDEREF" { dst: Reg => W, cell: Reg => R, name: u16 => Name },
    /// `dst = obj.name`.
    LoadAttr = "LOAD_ATTR" { dst: Reg => W, obj: Reg => R, name: u16 => Name },
    /// `obj.name = src`.
    StoreAttr = "STORE_ATTR" { obj: Reg => R, name: u16 => Name, src: Reg => R },
    /// `del obj.name`.
    DeleteAttr = "DELETE_ATTR" { obj: Reg => R, name: u16 => Name },
    /// `dst, dst+1 = (function, self)` for a method call, or `(obj.name, unbound)`.
    LoadMethod = "LOAD_METHOD" { dst: Reg => W2, obj: Reg => R, name: u16 => Name },
    /// `dst = obj[key]`.
    LoadItem = "LOAD_ITEM" { dst: Reg => W, obj: Reg => R, key: Reg => R },
    /// `obj[key] = src`.
    StoreItem = "STORE_ITEM" { obj: Reg => R, key: Reg => R, src: Reg => R },
    /// `del obj[key]`.
    DeleteItem = "DELETE_ITEM" { obj: Reg => R, key: Reg => R },
    /// `dst = slice(start, stop, step)` (absent operands are None).
    BuildSlice = "BUILD_SLICE" { dst: Reg => W, start: Reg => ROpt, stop: Reg => ROpt, step: Reg => ROpt },
    /// `dst = a + b`.
    Add = "ADD" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// `dst = a - b`.
    Sub = "SUB" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// `dst = a * b`.
    Mul = "MUL" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// `dst = a / b`.
    TrueDiv = "TRUE_DIV" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// `dst = a // b`.
    FloorDiv = "FLOOR_DIV" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// `dst = a % b`.
    Mod = "MOD" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// `dst = a ** b`.
    Pow = "POW" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// `dst = a @ b`.
    MatMul = "MATMUL" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// `dst = a << b`.
    LShift = "LSHIFT" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// `dst = a >> b`.
    RShift = "RSHIFT" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// `dst = a & b`.
    BitAnd = "BIT_AND" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// `dst = a | b`.
    BitOr = "BIT_OR" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// `dst = a ^ b`.
    BitXor = "BIT_XOR" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// `dst = a += b` (in-place add: `__iadd__`, else `+`).
    InplaceAdd = "INPLACE_ADD" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// `dst = a op= b` for the other operators (`op` is a `BinOp` number).
    Inplace = "INPLACE" { dst: Reg => W, a: Reg => R, b: Reg => R, op: u16 => Imm },
    /// `dst = -src`.
    Neg = "NEG" { dst: Reg => W, src: Reg => R },
    /// `dst = +src`.
    Pos = "POS" { dst: Reg => W, src: Reg => R },
    /// `dst = ~src`.
    Invert = "INVERT" { dst: Reg => W, src: Reg => R },
    /// `dst = not src`.
    Not = "NOT" { dst: Reg => W, src: Reg => R },
    /// `dst = a < b`.
    Lt = "LT" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// `dst = a <= b`.
    Le = "LE" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// `dst = a == b`.
    Eq = "EQ" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// `dst = a != b`.
    Ne = "NE" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// `dst = a > b`.
    Gt = "GT" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// `dst = a >= b`.
    Ge = "GE" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// `dst = a is b`.
    Is = "IS" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// `dst = a is not b`.
    IsNot = "IS_NOT" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// `dst = a in b`.
    In = "IN" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// `dst = a not in b`.
    NotIn = "NOT_IN" { dst: Reg => W, a: Reg => R, b: Reg => R },
    /// Jumps forward to `target`.
    Jump = "JUMP" { target: u32 => Jump },
    /// Jumps back to a loop header: a safepoint, and where hot loops are counted.
    JumpBack = "JUMP_BACK" { target: u32 => Jump },
    /// Jumps if `cond` is false.
    JumpIfFalse = "JUMP_IF_FALSE" { cond: Reg => R, target: u32 => Jump },
    /// Jumps if `cond` is true.
    JumpIfTrue = "JUMP_IF_TRUE" { cond: Reg => R, target: u32 => Jump },
    /// Jumps unless `a op b` is true, `op` indexing `CmpOp::ALL` (<, <=, ==, !=, >, >=):
    /// a comparison used only as a condition (`while i < n:`).
    JumpUnlessCmp = "JUMP_UNLESS_CMP" { a: Reg => R, b: Reg => R, op: u16 => Imm, target: u32 => Jump },
    /// Jumps if `src` is None (`if x is not None:` compiles to this).
    JumpIfNone = "JUMP_IF_NONE" { src: Reg => R, target: u32 => Jump },
    /// Jumps if `src` is not None (`if x is None:`).
    JumpIfNotNone = "JUMP_IF_NOT_NONE" { src: Reg => R, target: u32 => Jump },
    /// `dst = iter(src)`.
    GetIter = "GET_ITER" { dst: Reg => W, src: Reg => R },
    /// As GET_ITER, for a `for` loop over the result of the call just before it: a
    /// generator that call created is owned by the loop (nothing else can refer to it), so
    /// leaving the loop early closes it, as CPython's reference counting does.
    GetIterFresh = "GET_ITER_FRESH" { dst: Reg => W, src: Reg => R },
    /// Closes the loop-owned generator in `iter`, if it is one (on `break` and `return`).
    CloseIter = "CLOSE_ITER" { iter: Reg => R },
    /// `dst = next(iter)`, or jump to `target` when the iterator is exhausted.
    ForIter = "FOR_ITER" { dst: Reg => W, iter: Reg => R, target: u32 => Jump },
    /// `dst = func(func+1, ..., func+argc)`.
    Call = "CALL" { dst: Reg => W, func: Reg => RRange(argc; 1), argc: u16 => Imm },
    /// As CALL; the last `len(consts[kwnames])` arguments are passed by keyword.
    CallKw = "CALL_KW" { dst: Reg => W, func: Reg => RRange(argc; 1), argc: u16 => Imm, kwnames: u16 => Konst },
    /// Calls the pair made by LOAD_METHOD at `base` with `argc` more arguments.
    CallMethod = "CALL_METHOD" { dst: Reg => W, base: Reg => RRange(argc; 2), argc: u16 => Imm },
    /// As CALL_METHOD with keyword names, as CALL_KW.
    CallMethodKw = "CALL_METHOD_KW" { dst: Reg => W, base: Reg => RRange(argc; 2), argc: u16 => Imm, kwnames: u16 => Konst },
    /// `dst = func(*args, **kwargs)`.
    CallEx = "CALL_EX" { dst: Reg => W, func: Reg => R, args: Reg => R, kwargs: Reg => ROpt },
    /// Makes a function from the code constant `code`.
    MakeFunction = "MAKE_FUNCTION" { dst: Reg => W, code: u16 => Konst, defaults: Reg => ROpt, kwdefaults: Reg => ROpt, closure: Reg => ROpt },
    /// `dst = (base, ..., base+count-1)`.
    BuildTuple = "BUILD_TUPLE" { dst: Reg => W, base: Reg => RRange(count; 0), count: u16 => Imm },
    /// `dst = [base, ..., base+count-1]`.
    BuildList = "BUILD_LIST" { dst: Reg => W, base: Reg => RRange(count; 0), count: u16 => Imm },
    /// `dst = {base, ..., base+count-1}`.
    BuildSet = "BUILD_SET" { dst: Reg => W, base: Reg => RRange(count; 0), count: u16 => Imm },
    /// `dst = {base: base+1, ...}` from `count` registers (key, value pairs).
    BuildMap = "BUILD_MAP" { dst: Reg => W, base: Reg => RRange(count; 0), count: u16 => Imm },
    /// `dst = "".join(base, ..., base+count-1)` (strings).
    BuildString = "BUILD_STRING" { dst: Reg => W, base: Reg => RRange(count; 0), count: u16 => Imm },
    /// `dst = format(conv(src), spec)`; `conv` is 0, `s`, `r` or `a`.
    FormatValue = "FORMAT_VALUE" { dst: Reg => W, src: Reg => R, spec: Reg => ROpt, conv: u16 => Imm },
    /// `list.append(item)` (comprehensions).
    ListAppend = "LIST_APPEND" { list: Reg => R, item: Reg => R },
    /// `set.add(item)`.
    SetAdd = "SET_ADD" { set: Reg => R, item: Reg => R },
    /// `map[key] = value`.
    MapAdd = "MAP_ADD" { map: Reg => R, key: Reg => R, value: Reg => R },
    /// `list.extend(src)`.
    ListExtend = "LIST_EXTEND" { list: Reg => R, src: Reg => R },
    /// `list.extend(src)` for `f(*src)`: a non-iterable is an error naming `func`.
    CallStarExtend = "CALL_STAR_EXTEND" { list: Reg => R, src: Reg => R, func: Reg => R },
    /// `set.update(src)`.
    SetUpdate = "SET_UPDATE" { set: Reg => R, src: Reg => R },
    /// `map.update(src)` (dict displays with `**`).
    DictUpdate = "DICT_UPDATE" { map: Reg => R, src: Reg => R },
    /// As DICT_UPDATE for `f(**src)`: duplicate keys are an error naming `func`.
    DictMerge = "DICT_MERGE" { map: Reg => R, src: Reg => R, func: Reg => R },
    /// `dst = tuple(src)` for a list.
    ListToTuple = "LIST_TO_TUPLE" { dst: Reg => W, src: Reg => R },
    /// `dst, ..., dst+count-1 = src`.
    UnpackSeq = "UNPACK_SEQ" { dst: Reg => WRange(count; 0), src: Reg => R, count: u16 => Imm },
    /// `a, *rest, b = src`: `before` + 1 + `after` registers from `dst`.
    UnpackEx = "UNPACK_EX" { dst: Reg => WRange(before after; 1), src: Reg => R, before: u16 => Imm, after: u16 => Imm },
    /// `match`: `dst` = whether `src` is a sequence (not a str) of exactly `count` items,
    /// or at least `count` when `star` is 1.
    MatchSeq = "MATCH_SEQ" { dst: Reg => W, src: Reg => R, count: u16 => Imm, star: u16 => Imm },
    /// `match`: if `src` is a mapping holding every key of the tuple `keys`, `dst` = the
    /// tuple of their values (plus a dict of the other items when `rest` is 1); else None.
    MatchMap = "MATCH_MAP" { dst: Reg => W, src: Reg => R, keys: Reg => R, rest: u16 => Imm },
    /// `match`: if `src` is an instance of `cls` with the attributes the class pattern
    /// names (`npos` through `__match_args__`, then the tuple `names`), `dst` = the tuple of
    /// their values; else None.
    MatchClass = "MATCH_CLASS" { dst: Reg => W, src: Reg => R, cls: Reg => R, npos: u16 => Imm, names: Reg => ROpt },
    /// Returns `src` from the frame.
    Return = "RETURN" { src: Reg => R },
    /// Yields `src`; the value sent in on resumption goes to `dst`.
    Yield = "YIELD" { dst: Reg => W, src: Reg => R },
    /// `dst = yield from iter`: sends `dst` (None at first) into `iter` until it returns.
    YieldFrom = "YIELD_FROM" { dst: Reg => RW, iter: Reg => R },
    /// `dst = the iterator of src's __await__` (for `await`).
    GetAwaitable = "GET_AWAITABLE" { dst: Reg => W, src: Reg => R },
    /// `raise exc from cause`; with no operands, re-raises the exception being handled.
    Raise = "RAISE" { exc: Reg => ROpt, cause: Reg => ROpt },
    /// Re-raises `exc` unchanged (end of a finally or unmatched handler).
    Reraise = "RERAISE" { exc: Reg => R },
    /// Saves the exception being handled in `save` and makes `exc` the handled one.
    PushExcInfo = "PUSH_EXC_INFO" { save: Reg => W, exc: Reg => R },
    /// Restores the handled exception saved by PUSH_EXC_INFO.
    PopExcInfo = "POP_EXC_INFO" { saved: Reg => R },
    /// `dst = isinstance(exc, ty)` for an `except ty:` clause (checking `ty` is a class).
    ExcMatch = "EXC_MATCH" { dst: Reg => W, exc: Reg => R, ty: Reg => R },
    /// `raise AssertionError(msg)`.
    RaiseAssert = "RAISE_ASSERT" { msg: Reg => ROpt },
    /// `dst = ctx.__enter__()`; `exit` receives the bound `ctx.__exit__`.
    WithEnter = "WITH_ENTER" { dst: Reg => W, exit: Reg => W, ctx: Reg => R },
    /// `dst = exit(type(exc), exc, tb)`, or `exit(None, None, None)` without `exc`.
    /// `async for`: `dst = type(src).__aiter__(src)`.
    GetAiter = "GET_AITER" { dst: Reg => W, src: Reg => R },
    /// `async for`: `dst = type(iter).__anext__(iter)`, an awaitable.
    GetAnext = "GET_ANEXT" { dst: Reg => W, iter: Reg => R },
    /// As YIELD_FROM, awaiting the next item of `async for`; StopAsyncIteration jumps to
    /// `target` (the loop's end).
    AwaitAnext = "AWAIT_ANEXT" { dst: Reg => RW, iter: Reg => R, target: u32 => Jump },
    /// `dst` = `src` marked as an item yielded by an asynchronous generator.
    AsyncGenWrap = "ASYNC_GEN_WRAP" { dst: Reg => W, src: Reg => R },
    /// `async with`: `exit` = bound `__aexit__` of `ctx`, `dst` = `ctx.__aenter__()` (an
    /// awaitable, awaited next).
    AsyncWithEnter = "ASYNC_WITH_ENTER" { dst: Reg => W, exit: Reg => W, ctx: Reg => R },
    WithExit = "WITH_EXIT" { dst: Reg => W, exit: Reg => R, exc: Reg => ROpt },
    /// `dst = __import__(name, fromlist=consts[fromlist], level=level)`.
    Import = "IMPORT" { dst: Reg => W, name: u16 => Name, fromlist: u16 => Konst, level: u16 => Imm },
    /// `dst = module.name` for `from module import name`.
    ImportFrom = "IMPORT_FROM" { dst: Reg => W, module: Reg => R, name: u16 => Name },
    /// `from module import *` into the frame's namespace.
    ImportStar = "IMPORT_STAR" { module: Reg => R },
    /// Builds a class: runs the body function at `base` with bases `base+1..`.
    BuildClass = "BUILD_CLASS" { dst: Reg => W, base: Reg => RRange(nbases; 1), nbases: u16 => Imm, kw: Reg => ROpt },
}

impl Instr {
    /// Mutable access to the jump target, if the instruction can jump.
    pub fn jump_target_mut(&mut self) -> Option<&mut u32> {
        match self {
            Instr::Jump { target }
            | Instr::JumpBack { target }
            | Instr::JumpIfFalse { target, .. }
            | Instr::JumpIfTrue { target, .. }
            | Instr::JumpUnlessCmp { target, .. }
            | Instr::JumpIfNone { target, .. }
            | Instr::JumpIfNotNone { target, .. }
            | Instr::ForIter { target, .. }
            | Instr::AwaitAnext { target, .. } => Some(target),
            _ => None,
        }
    }

    /// Whether execution never continues with the next instruction.
    pub fn ends_block(&self) -> bool {
        matches!(
            self,
            Instr::Jump { .. }
                | Instr::JumpBack { .. }
                | Instr::Return { .. }
                | Instr::Raise { .. }
                | Instr::Reraise { .. }
                | Instr::RaiseAssert { .. }
        )
    }
}

/// An entry of a code object's exception table: an exception raised by an instruction in
/// `start..end` jumps to `handler` with the exception in register `reg`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    /// First protected instruction.
    pub start: u32,
    /// One past the last protected instruction.
    pub end: u32,
    /// Where the handler starts.
    pub handler: u32,
    /// Register that receives the exception.
    pub reg: Reg,
}

/// Binary operators, numbered for the INPLACE instruction and the VM's operator tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    TrueDiv,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `@`
    MatMul,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
}

impl BinOp {
    /// All operators, in numbering order.
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::MatMul,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
    ];

    /// The operator from its number.
    pub fn from_u16(n: u16) -> Option<BinOp> {
        BinOp::ALL.get(n as usize).copied()
    }

    /// The operator's symbol (`+`).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::MatMul => "@",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }

    /// The forward special method (`__add__`).
    pub fn dunder(self) -> &'static str {
        match self {
            BinOp::Add => "__add__",
            BinOp::Sub => "__sub__",
            BinOp::Mul => "__mul__",
            BinOp::TrueDiv => "__truediv__",
            BinOp::FloorDiv => "__floordiv__",
            BinOp::Mod => "__mod__",
            BinOp::Pow => "__pow__",
            BinOp::MatMul => "__matmul__",
            BinOp::LShift => "__lshift__",
            BinOp::RShift => "__rshift__",
            BinOp::And => "__and__",
            BinOp::Or => "__or__",
            BinOp::Xor => "__xor__",
        }
    }

    /// The reflected special method (`__radd__`).
    pub fn rdunder(self) -> &'static str {
        match self {
            BinOp::Add => "__radd__",
            BinOp::Sub => "__rsub__",
            BinOp::Mul => "__rmul__",
            BinOp::TrueDiv => "__rtruediv__",
            BinOp::FloorDiv => "__rfloordiv__",
            BinOp::Mod => "__rmod__",
            BinOp::Pow => "__rpow__",
            BinOp::MatMul => "__rmatmul__",
            BinOp::LShift => "__rlshift__",
            BinOp::RShift => "__rrshift__",
            BinOp::And => "__rand__",
            BinOp::Or => "__ror__",
            BinOp::Xor => "__rxor__",
        }
    }

    /// The in-place special method (`__iadd__`).
    pub fn idunder(self) -> &'static str {
        match self {
            BinOp::Add => "__iadd__",
            BinOp::Sub => "__isub__",
            BinOp::Mul => "__imul__",
            BinOp::TrueDiv => "__itruediv__",
            BinOp::FloorDiv => "__ifloordiv__",
            BinOp::Mod => "__imod__",
            BinOp::Pow => "__ipow__",
            BinOp::MatMul => "__imatmul__",
            BinOp::LShift => "__ilshift__",
            BinOp::RShift => "__irshift__",
            BinOp::And => "__iand__",
            BinOp::Or => "__ior__",
            BinOp::Xor => "__ixor__",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regs(i: Instr) -> (Vec<Reg>, Vec<Reg>) {
        let (mut r, mut w) = (vec![], vec![]);
        i.visit_regs(&mut |reg, a| match a {
            Access::Read => r.push(reg),
            Access::Write => w.push(reg),
        });
        (r, w)
    }

    #[test]
    fn register_effects_follow_the_table() {
        assert_eq!(
            regs(Instr::Add { dst: 3, a: 1, b: 2 }),
            (vec![1, 2], vec![3])
        );
        assert_eq!(
            regs(Instr::Call {
                dst: 0,
                func: 4,
                argc: 2
            }),
            (vec![4, 5, 6], vec![0])
        );
        assert_eq!(
            regs(Instr::CallMethod {
                dst: 0,
                base: 4,
                argc: 1
            }),
            (vec![4, 5, 6], vec![0])
        );
        assert_eq!(
            regs(Instr::UnpackEx {
                dst: 2,
                src: 9,
                before: 1,
                after: 2
            }),
            (vec![9], vec![2, 3, 4, 5])
        );
        assert_eq!(
            regs(Instr::LoadMethod {
                dst: 5,
                obj: 1,
                name: 0
            }),
            (vec![1], vec![5, 6])
        );
        assert_eq!(
            regs(Instr::BuildSlice {
                dst: 1,
                start: 2,
                stop: NO_REG,
                step: NO_REG
            }),
            (vec![2], vec![1])
        );
    }

    #[test]
    fn jumps_are_found_and_instructions_stay_small() {
        assert_eq!(
            Instr::ForIter {
                dst: 1,
                iter: 2,
                target: 77
            }
            .jump_target(),
            Some(77)
        );
        assert_eq!(Instr::Add { dst: 1, a: 2, b: 3 }.jump_target(), None);
        assert!(std::mem::size_of::<Instr>() <= 12);
        assert_eq!(Instr::LoadConst { dst: 0, k: 0 }.mnemonic(), "LOAD_CONST");
    }
}
