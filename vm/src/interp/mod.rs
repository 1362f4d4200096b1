//! The interpreter loop.
//!
//! `run_frames` executes the innermost frame's instructions until the frame that was on top
//! when it started returns. Calls from Python to Python functions do not recurse in Rust:
//! they push a frame and continue the loop, so deep Python recursion uses the VM's register
//! stack, not the native stack. Native code calling into Python (a `key=` function, a
//! `__eq__`) starts a nested `run_frames`.
//!
//! Safepoints — where the collector may run — are backward jumps and function entries; at
//! both, every live value is in a register of some frame.
//!
//! Errors: a failing instruction breaks out of the dispatch loop with the exception; the
//! unwinder ([`unwind`]) looks for a handler in the exception table of each frame, from the
//! innermost out, adding traceback entries as it goes.

pub mod async_gen;
pub mod call;
pub mod frame;
pub mod gen;
pub mod unwind;

use crate::compiler::bytecode::{BinOp, Instr, NO_REG};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::objects::{self, CellData, Gc, ListData, TupleData};
use crate::ops::compare::CmpOp;
use crate::value::Value;
use crate::vm::Vm;
use call::Called;
use frame::RetTo;

impl Vm {
    /// Runs the innermost frame (and the frames it calls) until it returns; returns its
    /// result. If `pending` is given, it is raised in the frame first (generator `throw`).
    pub(crate) fn run_frames(&mut self, mut pending: Option<PyErr>) -> PyResult<Value> {
        self.check_native_stack()?;
        'frames: loop {
            let fi = self.frames.len() - 1;
            let (code, base, mut pc) = {
                let f = &self.frames[fi];
                (f.code, f.base, f.pc)
            };
            let instrs: &[Instr] = &code.payload().meta.instrs;
            let consts: &[Value] = &code.payload().consts;
            let err: PyErr = match pending.take() {
                Some(e) => e,
                None => 'dispatch: loop {
                    macro_rules! tri {
                        ($e:expr) => {
                            match $e {
                                Ok(v) => v,
                                Err(e) => break 'dispatch e,
                            }
                        };
                    }
                    macro_rules! r {
                        ($r:expr) => {
                            self.stack[base + $r as usize]
                        };
                    }
                    macro_rules! arith {
                        ($dst:expr, $a:expr, $b:expr, $op:expr, $fast:ident) => {{
                            let (x, y) = (r!($a), r!($b));
                            let v = match crate::ops::arith::$fast(x, y) {
                                Some(v) => v,
                                None => tri!(self.binary_op(x, y, $op)),
                            };
                            r!($dst) = v;
                        }};
                    }
                    macro_rules! cmp {
                        ($dst:expr, $a:expr, $b:expr, $op:expr) => {{
                            let (x, y) = (r!($a), r!($b));
                            let v = match crate::ops::compare::fast_compare(x, y, $op) {
                                Some(b) => Value::bool(b),
                                None => tri!(self.rich_compare(x, y, $op)),
                            };
                            r!($dst) = v;
                        }};
                    }
                    let instr = instrs[pc];
                    pc += 1;
                    match instr {
                        Instr::Nop {} => {}
                        Instr::LoadConst { dst, k } => r!(dst) = consts[k as usize],
                        Instr::Move { dst, src } => r!(dst) = r!(src),
                        Instr::CheckBound { reg, name } => {
                            if r!(reg).is_unbound() {
                                break 'dispatch self.unbound_local(code.names[name as usize]);
                            }
                        }
                        Instr::DeleteFast { reg, name } => {
                            if r!(reg).is_unbound() {
                                break 'dispatch self.unbound_local(code.names[name as usize]);
                            }
                            r!(reg) = Value::UNBOUND;
                        }
                        Instr::LoadGlobal { dst, name } => {
                            let globals = self.frames[fi].globals;
                            r!(dst) = tri!(self.load_global_ic(
                                code,
                                pc - 1,
                                globals,
                                code.names[name as usize]
                            ));
                        }
                        Instr::StoreGlobal { src, name } => {
                            let globals = self.frames[fi].globals;
                            let v = r!(src);
                            tri!(self.dict_set(globals, code.names[name as usize], v));
                        }
                        Instr::DeleteGlobal { name } => {
                            let globals = self.frames[fi].globals;
                            tri!(self.delete_global(globals, code.names[name as usize]));
                        }
                        Instr::LoadName { dst, name } => {
                            r!(dst) = tri!(self.load_name(fi, code.names[name as usize]));
                        }
                        Instr::StoreName { src, name } => {
                            let v = r!(src);
                            tri!(self.store_name(fi, code.names[name as usize], v));
                        }
                        Instr::DeleteName { name } => {
                            tri!(self.delete_name(fi, code.names[name as usize]))
                        }
                        Instr::MakeCell { reg } => {
                            let v = r!(reg);
                            let cell = self.alloc(
                                self.types.cell,
                                CellData {
                                    value: std::cell::Cell::new(v),
                                },
                            );
                            r!(reg) = cell.value();
                        }
                        Instr::LoadDeref { dst, cell, name } => {
                            let v = cell_of(r!(cell)).value.get();
                            if v.is_unbound() {
                                break 'dispatch self
                                    .unbound_deref(code, code.names[name as usize]);
                            }
                            r!(dst) = v;
                        }
                        Instr::StoreDeref { cell, src } => cell_of(r!(cell)).value.set(r!(src)),
                        Instr::DeleteDeref { cell, name } => {
                            let c = cell_of(r!(cell));
                            if c.value.get().is_unbound() {
                                break 'dispatch self
                                    .unbound_deref(code, code.names[name as usize]);
                            }
                            c.value.set(Value::UNBOUND);
                        }
                        Instr::LoadClassDeref { dst, cell, name } => {
                            let n = code.names[name as usize];
                            let locals = self.frames[fi].locals;
                            let found = match objects::Gc::<objects::DictData>::from_value(locals) {
                                Some(d) => self.dict_get_str(d, n),
                                None => None,
                            };
                            r!(dst) = match found {
                                Some(v) => v,
                                None => {
                                    let v = cell_of(r!(cell)).value.get();
                                    if v.is_unbound() {
                                        break 'dispatch self.unbound_deref(code, n);
                                    }
                                    v
                                }
                            };
                        }
                        Instr::LoadAttr { dst, obj, name } => {
                            let o = r!(obj);
                            r!(dst) =
                                tri!(self.load_attr_ic(code, pc - 1, o, code.names[name as usize]));
                        }
                        Instr::StoreAttr { obj, name, src } => {
                            let (o, v) = (r!(obj), r!(src));
                            tri!(self.store_attr_ic(code, pc - 1, o, code.names[name as usize], v));
                        }
                        Instr::DeleteAttr { obj, name } => {
                            let o = r!(obj);
                            tri!(self.delattr(o, code.names[name as usize]));
                        }
                        Instr::LoadMethod { dst, obj, name } => {
                            let o = r!(obj);
                            let (f, s) = tri!(self.load_method_ic(
                                code,
                                pc - 1,
                                o,
                                code.names[name as usize]
                            ));
                            r!(dst) = f;
                            r!(dst + 1) = s;
                        }
                        Instr::LoadItem { dst, obj, key } => {
                            let (o, k) = (r!(obj), r!(key));
                            r!(dst) = tri!(self.getitem(o, k));
                        }
                        Instr::StoreItem { obj, key, src } => {
                            let (o, k, v) = (r!(obj), r!(key), r!(src));
                            tri!(self.setitem(o, k, v));
                        }
                        Instr::DeleteItem { obj, key } => {
                            let (o, k) = (r!(obj), r!(key));
                            tri!(self.delitem(o, k));
                        }
                        Instr::BuildSlice {
                            dst,
                            start,
                            stop,
                            step,
                        } => {
                            let get = |r: u16| {
                                if r == NO_REG {
                                    Value::NONE
                                } else {
                                    self.stack[base + r as usize]
                                }
                            };
                            let (a, b, c) = (get(start), get(stop), get(step));
                            r!(dst) = self.new_slice(a, b, c);
                        }
                        Instr::Add { dst, a, b } => arith!(dst, a, b, BinOp::Add, fast_add),
                        Instr::Sub { dst, a, b } => arith!(dst, a, b, BinOp::Sub, fast_sub),
                        Instr::Mul { dst, a, b } => arith!(dst, a, b, BinOp::Mul, fast_mul),
                        Instr::TrueDiv { dst, a, b } => {
                            arith!(dst, a, b, BinOp::TrueDiv, fast_truediv)
                        }
                        Instr::FloorDiv { dst, a, b } => {
                            arith!(dst, a, b, BinOp::FloorDiv, fast_floordiv)
                        }
                        Instr::Mod { dst, a, b } => arith!(dst, a, b, BinOp::Mod, fast_mod),
                        Instr::Pow { dst, a, b } => arith!(dst, a, b, BinOp::Pow, no_fast),
                        Instr::MatMul { dst, a, b } => arith!(dst, a, b, BinOp::MatMul, no_fast),
                        Instr::LShift { dst, a, b } => arith!(dst, a, b, BinOp::LShift, no_fast),
                        Instr::RShift { dst, a, b } => {
                            arith!(dst, a, b, BinOp::RShift, fast_rshift)
                        }
                        Instr::BitAnd { dst, a, b } => arith!(dst, a, b, BinOp::And, fast_and),
                        Instr::BitOr { dst, a, b } => arith!(dst, a, b, BinOp::Or, fast_or),
                        Instr::BitXor { dst, a, b } => arith!(dst, a, b, BinOp::Xor, fast_xor),
                        Instr::InplaceAdd { dst, a, b } => {
                            let (x, y) = (r!(a), r!(b));
                            let v = match crate::ops::arith::fast_add(x, y) {
                                Some(v) => v,
                                None => tri!(self.inplace_op(x, y, BinOp::Add)),
                            };
                            r!(dst) = v;
                        }
                        Instr::Inplace { dst, a, b, op } => {
                            let (x, y) = (r!(a), r!(b));
                            let op = BinOp::from_u16(op).expect("valid operator");
                            r!(dst) = tri!(self.inplace_op(x, y, op));
                        }
                        Instr::Neg { dst, src } => {
                            let v = r!(src);
                            r!(dst) = tri!(self.unary_neg(v));
                        }
                        Instr::Pos { dst, src } => {
                            let v = r!(src);
                            r!(dst) = tri!(self.unary_pos(v));
                        }
                        Instr::Invert { dst, src } => {
                            let v = r!(src);
                            r!(dst) = tri!(self.unary_invert(v));
                        }
                        Instr::Not { dst, src } => {
                            let v = r!(src);
                            r!(dst) = Value::bool(!tri!(self.truthy(v)));
                        }
                        Instr::Lt { dst, a, b } => cmp!(dst, a, b, CmpOp::Lt),
                        Instr::Le { dst, a, b } => cmp!(dst, a, b, CmpOp::Le),
                        Instr::Eq { dst, a, b } => cmp!(dst, a, b, CmpOp::Eq),
                        Instr::Ne { dst, a, b } => cmp!(dst, a, b, CmpOp::Ne),
                        Instr::Gt { dst, a, b } => cmp!(dst, a, b, CmpOp::Gt),
                        Instr::Ge { dst, a, b } => cmp!(dst, a, b, CmpOp::Ge),
                        Instr::Is { dst, a, b } => {
                            r!(dst) = Value::bool(self.is_same(r!(a), r!(b)))
                        }
                        Instr::IsNot { dst, a, b } => {
                            r!(dst) = Value::bool(!self.is_same(r!(a), r!(b)))
                        }
                        Instr::MatchSeq {
                            dst,
                            src,
                            count,
                            star,
                        } => {
                            let v = r!(src);
                            let m = tri!(self.match_seq(v, count as usize, star != 0));
                            r!(dst) = Value::bool(m);
                        }
                        Instr::MatchMap {
                            dst,
                            src,
                            keys,
                            rest,
                        } => {
                            self.frames[fi].pc = pc;
                            let (v, k) = (r!(src), r!(keys));
                            r!(dst) = tri!(self.match_map(v, k, rest != 0));
                        }
                        Instr::MatchClass {
                            dst,
                            src,
                            cls,
                            npos,
                            names,
                        } => {
                            self.frames[fi].pc = pc;
                            let n = if names == NO_REG {
                                Value::UNBOUND
                            } else {
                                r!(names)
                            };
                            let (v, c) = (r!(src), r!(cls));
                            r!(dst) = tri!(self.match_class(v, c, npos as usize, n));
                        }
                        Instr::In { dst, a, b } => {
                            let (x, y) = (r!(a), r!(b));
                            r!(dst) = Value::bool(tri!(self.contains(y, x)));
                        }
                        Instr::NotIn { dst, a, b } => {
                            let (x, y) = (r!(a), r!(b));
                            r!(dst) = Value::bool(!tri!(self.contains(y, x)));
                        }
                        Instr::Jump { target } => pc = target as usize,
                        Instr::JumpBack { target } => {
                            pc = target as usize;
                            // Loop headers count their iterations: the hot-loop detector of
                            // the tracing JIT reads these counters.
                            let counter = &code.payload().loop_counts[pc];
                            counter.set(counter.get().wrapping_add(1));
                            if self.heap.should_collect() {
                                self.frames[fi].pc = pc;
                                self.collect_garbage();
                            }
                        }
                        Instr::JumpIfFalse { cond, target } => {
                            let c = r!(cond);
                            let t = if c == Value::TRUE {
                                true
                            } else if c == Value::FALSE {
                                false
                            } else {
                                tri!(self.truthy(c))
                            };
                            if !t {
                                pc = target as usize;
                            }
                        }
                        Instr::JumpUnlessCmp { a, b, op, target } => {
                            let (x, y) = (r!(a), r!(b));
                            let op = CmpOp::from_imm(op);
                            let holds = match crate::ops::compare::fast_compare(x, y, op) {
                                Some(t) => t,
                                None => {
                                    let v = tri!(self.rich_compare(x, y, op));
                                    if v == Value::TRUE {
                                        true
                                    } else if v == Value::FALSE {
                                        false
                                    } else {
                                        tri!(self.truthy(v))
                                    }
                                }
                            };
                            if !holds {
                                pc = target as usize;
                            }
                        }
                        Instr::JumpIfNone { src, target } => {
                            if r!(src) == Value::NONE {
                                pc = target as usize;
                            }
                        }
                        Instr::JumpIfNotNone { src, target } => {
                            if r!(src) != Value::NONE {
                                pc = target as usize;
                            }
                        }
                        Instr::JumpIfTrue { cond, target } => {
                            let c = r!(cond);
                            let t = if c == Value::TRUE {
                                true
                            } else if c == Value::FALSE {
                                false
                            } else {
                                tri!(self.truthy(c))
                            };
                            if t {
                                pc = target as usize;
                            }
                        }
                        Instr::GetIter { dst, src } => {
                            let v = r!(src);
                            r!(dst) = tri!(self.get_iter(v));
                        }
                        Instr::GetIterFresh { dst, src } => {
                            let v = r!(src);
                            self.claim_fresh_generator(v, pc - 1);
                            r!(dst) = tri!(self.get_iter(v));
                        }
                        Instr::CloseIter { iter } => {
                            self.frames[fi].pc = pc;
                            self.close_owned_iter(r!(iter));
                        }
                        Instr::ForIter { dst, iter, target } => {
                            let it = r!(iter);
                            self.frames[fi].pc = pc;
                            if let Some(g) = Gc::<objects::GeneratorData>::from_value(it) {
                                use objects::generator::GenState;
                                if !g.is_coroutine
                                    && matches!(
                                        g.state.get(),
                                        GenState::Created | GenState::Suspended
                                    )
                                {
                                    tri!(self.push_generator_frame(g, Value::NONE, RetTo::ForIter));
                                    continue 'frames;
                                }
                            }
                            match tri!(self.iter_next(it)) {
                                Some(v) => r!(dst) = v,
                                None => pc = target as usize,
                            }
                        }
                        Instr::Call { dst, func, argc } => {
                            self.frames[fi].pc = pc;
                            match tri!(self.call_regs(
                                base + func as usize,
                                argc as usize,
                                Value::UNBOUND,
                                RetTo::Reg(dst)
                            )) {
                                Called::Value(v) => r!(dst) = v,
                                Called::Frame => continue 'frames,
                            }
                        }
                        Instr::CallKw {
                            dst,
                            func,
                            argc,
                            kwnames,
                        } => {
                            self.frames[fi].pc = pc;
                            let names = consts[kwnames as usize];
                            match tri!(self.call_regs(
                                base + func as usize,
                                argc as usize,
                                names,
                                RetTo::Reg(dst)
                            )) {
                                Called::Value(v) => r!(dst) = v,
                                Called::Frame => continue 'frames,
                            }
                        }
                        Instr::CallMethod { dst, base: b, argc } => {
                            self.frames[fi].pc = pc;
                            let (f, n) = if r!(b + 1).is_unbound() {
                                r!(b + 1) = r!(b);
                                (b + 1, argc)
                            } else {
                                (b, argc + 1)
                            };
                            match tri!(self.call_regs(
                                base + f as usize,
                                n as usize,
                                Value::UNBOUND,
                                RetTo::Reg(dst)
                            )) {
                                Called::Value(v) => r!(dst) = v,
                                Called::Frame => continue 'frames,
                            }
                        }
                        Instr::CallMethodKw {
                            dst,
                            base: b,
                            argc,
                            kwnames,
                        } => {
                            self.frames[fi].pc = pc;
                            let (f, n) = if r!(b + 1).is_unbound() {
                                r!(b + 1) = r!(b);
                                (b + 1, argc)
                            } else {
                                (b, argc + 1)
                            };
                            let names = consts[kwnames as usize];
                            match tri!(self.call_regs(
                                base + f as usize,
                                n as usize,
                                names,
                                RetTo::Reg(dst)
                            )) {
                                Called::Value(v) => r!(dst) = v,
                                Called::Frame => continue 'frames,
                            }
                        }
                        Instr::CallEx {
                            dst,
                            func,
                            args,
                            kwargs,
                        } => {
                            self.frames[fi].pc = pc;
                            let f = r!(func);
                            let a = r!(args);
                            let k = if kwargs == NO_REG {
                                Value::UNBOUND
                            } else {
                                r!(kwargs)
                            };
                            r!(dst) = tri!(self.call_ex(f, a, k));
                        }
                        Instr::MakeFunction {
                            dst,
                            code: k,
                            defaults,
                            kwdefaults,
                            closure,
                        } => {
                            let get = |r: u16| {
                                if r == NO_REG {
                                    Value::UNBOUND
                                } else {
                                    self.stack[base + r as usize]
                                }
                            };
                            let (d, kd, c) = (get(defaults), get(kwdefaults), get(closure));
                            let globals = self.frames[fi].globals;
                            r!(dst) = self.make_function(consts[k as usize], globals, d, kd, c);
                        }
                        Instr::BuildTuple {
                            dst,
                            base: b,
                            count,
                        } => {
                            let s = base + b as usize;
                            r!(dst) = if count == 0 {
                                self.new_tuple(Vec::new())
                            } else {
                                let items: Box<[Value]> = self.stack[s..s + count as usize].into();
                                self.alloc(self.types.tuple, TupleData { items }).value()
                            };
                        }
                        Instr::BuildList {
                            dst,
                            base: b,
                            count,
                        } => {
                            let s = base + b as usize;
                            let items = self.stack[s..s + count as usize].to_vec();
                            r!(dst) = self.new_list(items);
                        }
                        Instr::BuildSet {
                            dst,
                            base: b,
                            count,
                        } => {
                            let s = base + b as usize;
                            let items = self.stack[s..s + count as usize].to_vec();
                            r!(dst) = tri!(self.new_set_from(&items));
                        }
                        Instr::BuildMap {
                            dst,
                            base: b,
                            count,
                        } => {
                            let d = self.new_dict();
                            let s = base + b as usize;
                            let filled = self.with_roots(&[d.value()], |vm| {
                                for i in (0..count as usize).step_by(2) {
                                    let (k, v) = (vm.stack[s + i], vm.stack[s + i + 1]);
                                    vm.dict_set(d, k, v)?;
                                }
                                Ok(())
                            });
                            tri!(filled);
                            r!(dst) = d.value();
                        }
                        Instr::BuildString {
                            dst,
                            base: b,
                            count,
                        } => {
                            let s = base + b as usize;
                            let mut out = String::new();
                            for i in 0..count as usize {
                                out.push_str(crate::ops::str_of(self.stack[s + i]));
                            }
                            r!(dst) = self.new_str(out);
                        }
                        Instr::FormatValue {
                            dst,
                            src,
                            spec,
                            conv,
                        } => {
                            let v = r!(src);
                            let sp = if spec == NO_REG {
                                Value::UNBOUND
                            } else {
                                r!(spec)
                            };
                            r!(dst) = tri!(self.format_value(v, conv as u8, sp));
                        }
                        Instr::ListAppend { list, item } => {
                            let l = Gc::<ListData>::from_value(r!(list))
                                .expect("LIST_APPEND on a list");
                            l.push(r!(item));
                        }
                        Instr::SetAdd { set, item } => {
                            let (s, v) = (r!(set), r!(item));
                            tri!(self.set_add(s, v));
                        }
                        Instr::MapAdd { map, key, value } => {
                            let d = Gc::<objects::DictData>::from_value(r!(map))
                                .expect("MAP_ADD on a dict");
                            let (k, v) = (r!(key), r!(value));
                            tri!(self.dict_set(d, k, v));
                        }
                        Instr::ListExtend { list, src } => {
                            let (l, s) = (r!(list), r!(src));
                            tri!(self.star_items(s, |vm| vm.list_extend(l, s)));
                        }
                        Instr::CallStarExtend { list, src, func } => {
                            let (l, s, f) = (r!(list), r!(src), r!(func));
                            tri!(self.call_star_extend(l, s, f));
                        }
                        Instr::SetUpdate { set, src } => {
                            let (s, it) = (r!(set), r!(src));
                            tri!(self.set_update(s, it));
                        }
                        Instr::DictUpdate { map, src } => {
                            let (d, s) = (r!(map), r!(src));
                            tri!(self.dict_update_display(d, s));
                        }
                        Instr::DictMerge { map, src, func } => {
                            let (d, s, f) = (r!(map), r!(src), r!(func));
                            tri!(self.dict_merge_kwargs(d, s, f));
                        }
                        Instr::ListToTuple { dst, src } => {
                            let l = Gc::<ListData>::from_value(r!(src))
                                .expect("LIST_TO_TUPLE on a list");
                            let items = l.snapshot();
                            r!(dst) = self.new_tuple(items);
                        }
                        Instr::UnpackSeq { dst, src, count } => {
                            let v = r!(src);
                            let items = tri!(self.unpack(v, count as usize));
                            let s = base + dst as usize;
                            self.stack[s..s + count as usize].copy_from_slice(&items);
                        }
                        Instr::UnpackEx {
                            dst,
                            src,
                            before,
                            after,
                        } => {
                            let v = r!(src);
                            let items = tri!(self.unpack_ex(v, before as usize, after as usize));
                            let s = base + dst as usize;
                            self.stack[s..s + items.len()].copy_from_slice(&items);
                        }
                        Instr::Return { src } => {
                            let v = r!(src);
                            let frame = self.frames.pop().expect("frame");
                            if !frame.generator.is_unbound() {
                                self.generator_returned(frame.generator);
                            }
                            match frame.ret {
                                RetTo::Native => return Ok(v),
                                RetTo::Reg(d) => {
                                    let cb = self.frames.last().expect("caller").base;
                                    self.stack[cb + d as usize] = v;
                                    continue 'frames;
                                }
                                RetTo::ForIter => {
                                    // The generator is exhausted: the caller's loop exits.
                                    let caller = self.frames.last_mut().expect("caller");
                                    let Instr::ForIter { target, .. } =
                                        caller.code.meta.instrs[caller.pc - 1]
                                    else {
                                        unreachable!("generator resumed by FOR_ITER")
                                    };
                                    caller.pc = target as usize;
                                    continue 'frames;
                                }
                                RetTo::Init(d) => {
                                    if !v.is_none() {
                                        let n = self.type_name_of(v);
                                        pending = Some(self.type_error(format!(
                                            "__init__() should return None, not '{n}'"
                                        )));
                                    } else {
                                        let cb = self.frames.last().expect("caller").base;
                                        self.stack[cb + d as usize] = frame.init_self;
                                    }
                                    continue 'frames;
                                }
                            }
                        }
                        Instr::Yield { dst, src } => {
                            let v = r!(src);
                            let ret = self.frames[fi].ret;
                            let v = self.suspend_generator(pc, dst, v);
                            if ret == RetTo::ForIter {
                                self.deliver_to_for_iter(v);
                                continue 'frames;
                            }
                            return Ok(v);
                        }
                        Instr::YieldFrom { dst, iter } | Instr::AwaitAnext { dst, iter, .. } => {
                            let (sub, sent) = (r!(iter), r!(dst));
                            self.frames[fi].pc = pc;
                            // AWAIT_ANEXT: StopAsyncIteration ends the `async for` loop.
                            let end = match instr {
                                Instr::AwaitAnext { target, .. } => Some(target as usize),
                                _ => None,
                            };
                            let step = match (self.delegate_send(sub, sent), end) {
                                (Err(e), Some(end))
                                    if self.err_is(&e, ExcKind::StopAsyncIteration) =>
                                {
                                    pc = end;
                                    continue 'dispatch;
                                }
                                (r, _) => tri!(r),
                            };
                            match step {
                                gen::Step::Returned(v) => r!(dst) = v,
                                gen::Step::Yielded(v) => {
                                    let ret = self.frames[fi].ret;
                                    let v = self.suspend_in_delegation(pc - 1, dst, sub, v);
                                    if ret == RetTo::ForIter {
                                        self.deliver_to_for_iter(v);
                                        continue 'frames;
                                    }
                                    return Ok(v);
                                }
                            }
                        }
                        Instr::GetAiter { dst, src } => {
                            let v = r!(src);
                            self.frames[fi].pc = pc;
                            r!(dst) = tri!(self.get_aiter(v));
                        }
                        Instr::GetAnext { dst, iter } => {
                            let v = r!(iter);
                            self.frames[fi].pc = pc;
                            r!(dst) = tri!(self.get_anext(v));
                        }
                        Instr::AsyncGenWrap { dst, src } => {
                            let v = r!(src);
                            r!(dst) = self.async_gen_wrap(v);
                        }
                        Instr::GetAwaitable { dst, src } => {
                            let v = r!(src);
                            r!(dst) = tri!(self.get_awaitable(v));
                        }
                        Instr::Raise { exc, cause } => {
                            let e = if exc == NO_REG {
                                Value::UNBOUND
                            } else {
                                r!(exc)
                            };
                            let c = if cause == NO_REG {
                                Value::UNBOUND
                            } else {
                                r!(cause)
                            };
                            break 'dispatch self.do_raise(e, c);
                        }
                        Instr::Reraise { exc } => {
                            let e = r!(exc);
                            break 'dispatch self.reraise(e);
                        }
                        Instr::PushExcInfo { save, exc } => {
                            let f = &mut self.frames[fi];
                            let prev = f.handled;
                            f.handled = self.stack[base + exc as usize];
                            r!(save) = prev;
                        }
                        Instr::PopExcInfo { saved } => {
                            let v = r!(saved);
                            self.frames[fi].handled = v;
                        }
                        Instr::ExcMatch { dst, exc, ty } => {
                            let (e, t) = (r!(exc), r!(ty));
                            r!(dst) = Value::bool(tri!(self.exception_matches(e, t)));
                        }
                        Instr::RaiseAssert { msg } => {
                            let err = if msg == NO_REG {
                                self.new_error_noargs(ExcKind::AssertionError)
                            } else {
                                let m = r!(msg);
                                self.new_error_arg(ExcKind::AssertionError, m)
                            };
                            break 'dispatch err;
                        }
                        Instr::WithEnter { dst, exit, ctx } => {
                            let c = r!(ctx);
                            self.frames[fi].pc = pc;
                            let (entered, exit_fn) = tri!(self.with_enter(c));
                            r!(exit) = exit_fn;
                            r!(dst) = entered;
                        }
                        Instr::AsyncWithEnter { dst, exit, ctx } => {
                            let c = r!(ctx);
                            self.frames[fi].pc = pc;
                            let (awaitable, exit_fn) = tri!(self.async_with_enter(c));
                            r!(exit) = exit_fn;
                            r!(dst) = awaitable;
                        }
                        Instr::WithExit { dst, exit, exc } => {
                            let f = r!(exit);
                            let e = if exc == NO_REG {
                                Value::UNBOUND
                            } else {
                                r!(exc)
                            };
                            self.frames[fi].pc = pc;
                            r!(dst) = tri!(self.with_exit(f, e));
                        }
                        Instr::Import {
                            dst,
                            name,
                            fromlist,
                            level,
                        } => {
                            self.frames[fi].pc = pc;
                            let n = code.names[name as usize];
                            let fl = consts[fromlist as usize];
                            r!(dst) = tri!(self.import_name(n, fl, level as usize, fi));
                        }
                        Instr::ImportFrom { dst, module, name } => {
                            let m = r!(module);
                            r!(dst) = tri!(self.import_from(m, code.names[name as usize]));
                        }
                        Instr::ImportStar { module } => {
                            let m = r!(module);
                            let globals = self.frames[fi].globals;
                            tri!(self.import_star(m, globals));
                        }
                        Instr::BuildClass {
                            dst,
                            base: b,
                            nbases,
                            kw,
                        } => {
                            self.frames[fi].pc = pc;
                            let s = base + b as usize;
                            let body = self.stack[s];
                            let bases = self.stack[s + 1..s + 1 + nbases as usize].to_vec();
                            let kw = if kw == NO_REG { Value::UNBOUND } else { r!(kw) };
                            r!(dst) = tri!(self.build_class(body, bases, kw));
                        }
                    }
                },
            };
            self.frames[fi].pc = pc;
            self.unwind(err)?;
        }
    }

    /// A generator resumed by FOR_ITER yielded `v`: store it in the loop variable register
    /// of the caller's FOR_ITER (the caller continues after it).
    fn deliver_to_for_iter(&mut self, v: Value) {
        let caller = self.frames.last().expect("caller");
        let Instr::ForIter { dst, .. } = caller.code.meta.instrs[caller.pc - 1] else {
            unreachable!("generator resumed by FOR_ITER")
        };
        self.stack[caller.base + dst as usize] = v;
    }

    /// `a is b`.
    #[inline]
    pub fn is_same(&self, a: Value, b: Value) -> bool {
        a == b
    }

    fn unbound_local(&mut self, name: Value) -> PyErr {
        let n = crate::ops::str_of(name).to_string();
        self.new_error(
            ExcKind::UnboundLocalError,
            format!("cannot access local variable '{n}' where it is not associated with a value"),
        )
    }

    fn unbound_deref(&mut self, code: Gc<objects::CodeData>, name: Value) -> PyErr {
        let n = crate::ops::str_of(name).to_string();
        if code.meta.cellvars.contains(&n) {
            self.unbound_local(name)
        } else {
            self.new_error(
                ExcKind::NameError,
                format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope"),
            )
        }
    }
}

/// The cell in a register that the compiler guarantees holds one.
#[inline]
fn cell_of(v: Value) -> Gc<CellData> {
    Gc::<CellData>::from_value(v).expect("cell register holds a cell")
}
