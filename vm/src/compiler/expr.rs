//! Expressions.
//!
//! `expr_to(e, dst)` leaves the value in `dst`; `expr_any(e)` returns some register holding
//! it — for a plain local variable its own register, with no copy (the point of a register
//! machine). A register returned by `expr_any` is read-only for the caller.

use super::bytecode::{BinOp, Instr, Reg, NO_REG};
use super::codegen::{Codegen, CompKind, FunctionBody};
use super::{CompileError, Const};
use crate::objects::code::flags;
use rustpython_parser::ast::{self, Constant, Expr, Ranged};

/// Elements of a display built from one register window; the rest are added one by one.
const DISPLAY_CHUNK: usize = 256;

impl<'a> Codegen<'a> {
    /// Evaluates `e` into some register (a local's own register when possible).
    /// Evaluates `test` and emits a jump (to patch) taken when it is false. Tests against
    /// None and `not` tests become one fused jump.
    pub(super) fn jump_unless(&mut self, test: &'a Expr) -> Result<usize, CompileError> {
        if let Expr::Compare(c) = test {
            if let ([op @ (ast::CmpOp::Is | ast::CmpOp::IsNot)], [right]) =
                (&c.ops[..], &c.comparators[..])
            {
                let operand = match (is_none_constant(&c.left), is_none_constant(right)) {
                    (false, true) => Some(&*c.left),
                    (true, false) => Some(right),
                    _ => None,
                };
                if let Some(operand) = operand {
                    let src = self.expr_any(operand)?;
                    return Ok(self.emit(match op {
                        ast::CmpOp::Is => Instr::JumpIfNotNone { src, target: 0 },
                        _ => Instr::JumpIfNone { src, target: 0 },
                    }));
                }
            }
        }
        if let Expr::Compare(c) = test {
            if let ([op], [right]) = (&c.ops[..], &c.comparators[..]) {
                if let Some(op) = rich_op_imm(*op) {
                    let a = self.expr_any(&c.left)?;
                    let b = self.expr_any(right)?;
                    return Ok(self.emit(Instr::JumpUnlessCmp {
                        a,
                        b,
                        op,
                        target: 0,
                    }));
                }
            }
        }
        if let Expr::UnaryOp(u) = test {
            if u.op == ast::UnaryOp::Not {
                let cond = self.expr_any(&u.operand)?;
                return Ok(self.emit(Instr::JumpIfTrue { cond, target: 0 }));
            }
        }
        let cond = self.expr_any(test)?;
        Ok(self.emit(Instr::JumpIfFalse { cond, target: 0 }))
    }

    pub(super) fn expr_any(&mut self, e: &'a Expr) -> Result<Reg, CompileError> {
        if let Expr::Name(n) = e {
            if let Some(reg) = self.local_reg(n.id.as_str()) {
                let name = self.unit().name(n.id.as_str());
                self.emit(Instr::CheckBound { reg, name });
                return Ok(reg);
            }
        }
        let r = self.unit().temp();
        self.expr_to(e, r)?;
        Ok(r)
    }

    /// Evaluates `e` into a register that stays valid while `later` is evaluated: a local's
    /// register is copied if `later` might rebind it (walrus).
    fn operand(&mut self, e: &'a Expr, later: &[&Expr]) -> Result<Reg, CompileError> {
        if matches!(e, Expr::Name(_)) && later.iter().any(|x| has_walrus(x)) {
            let r = self.unit().temp();
            self.expr_to(e, r)?;
            return Ok(r);
        }
        self.expr_any(e)
    }

    /// Evaluates `e` into `dst`.
    pub(super) fn expr_to(&mut self, e: &'a Expr, dst: Reg) -> Result<(), CompileError> {
        let line = self.line_of(e);
        let saved = self.unit().set_line(line);
        let mark = self.unit().mark();
        self.expr_inner(e, dst)?;
        self.unit().free_to(mark);
        self.unit().set_line(saved);
        Ok(())
    }

    fn expr_inner(&mut self, e: &'a Expr, dst: Reg) -> Result<(), CompileError> {
        match e {
            Expr::Constant(c) => {
                let k = self.constant(&c.value, e)?;
                self.emit(Instr::LoadConst { dst, k });
            }
            Expr::Name(n) => self.load_name(n.id.as_str(), dst),
            Expr::BinOp(b) => {
                let a = self.operand(&b.left, &[&b.right])?;
                let r = self.expr_any(&b.right)?;
                self.emit(binop_instr(binop(b.op), dst, a, r));
            }
            Expr::UnaryOp(u) => {
                let src = self.expr_any(&u.operand)?;
                self.emit(match u.op {
                    ast::UnaryOp::Not => Instr::Not { dst, src },
                    ast::UnaryOp::USub => Instr::Neg { dst, src },
                    ast::UnaryOp::UAdd => Instr::Pos { dst, src },
                    ast::UnaryOp::Invert => Instr::Invert { dst, src },
                });
            }
            Expr::BoolOp(b) => {
                let mut jumps = Vec::new();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr_to(v, dst)?;
                    if i + 1 < b.values.len() {
                        jumps.push(self.emit(match b.op {
                            ast::BoolOp::And => Instr::JumpIfFalse {
                                cond: dst,
                                target: 0,
                            },
                            ast::BoolOp::Or => Instr::JumpIfTrue {
                                cond: dst,
                                target: 0,
                            },
                        }));
                    }
                }
                for j in jumps {
                    self.unit().patch_here(j);
                }
            }
            Expr::Compare(c) => self.compare(c, dst)?,
            Expr::IfExp(i) => {
                let j = self.jump_unless(&i.test)?;
                self.expr_to(&i.body, dst)?;
                let end = self.emit(Instr::Jump { target: 0 });
                self.unit().patch_here(j);
                self.expr_to(&i.orelse, dst)?;
                self.unit().patch_here(end);
            }
            Expr::Call(c) => self.call(c, dst)?,
            Expr::Attribute(a) => {
                let obj = self.expr_any(&a.value)?;
                let name = self.attr_name(a.attr.as_str());
                self.emit(Instr::LoadAttr { dst, obj, name });
            }
            Expr::Subscript(s) => {
                let obj = self.operand(&s.value, &[&s.slice])?;
                let key = self.slice_or_expr(&s.slice)?;
                self.emit(Instr::LoadItem { dst, obj, key });
            }
            Expr::List(l) => self.sequence(&l.elts, dst, Seq::List)?,
            Expr::Tuple(t) => self.sequence(&t.elts, dst, Seq::Tuple)?,
            Expr::Set(s) => self.sequence(&s.elts, dst, Seq::Set)?,
            Expr::Dict(d) => self.dict(d, dst)?,
            Expr::ListComp(c) => {
                self.comprehension(dst, e, CompKind::List(&c.elt), &c.generators)?
            }
            Expr::SetComp(c) => self.comprehension(dst, e, CompKind::Set(&c.elt), &c.generators)?,
            Expr::DictComp(c) => {
                self.comprehension(dst, e, CompKind::Dict(&c.key, &c.value), &c.generators)?
            }
            Expr::GeneratorExp(c) => {
                self.comprehension(dst, e, CompKind::Gen(&c.elt), &c.generators)?
            }
            Expr::Lambda(l) => {
                let scope = self.table.scope_of(l);
                let line = self.line_of(e);
                self.function(
                    dst,
                    "<lambda>",
                    scope,
                    &l.args,
                    FunctionBody::Expr(&l.body),
                    false,
                    line,
                )?;
            }
            Expr::NamedExpr(n) => {
                self.expr_to(&n.value, dst)?;
                self.store_target(&n.target, dst)?;
            }
            Expr::JoinedStr(j) => self.joined_str(&j.values, dst)?,
            Expr::FormattedValue(f) => self.formatted_value(f, dst)?,
            Expr::Yield(y) => {
                self.check_yield_allowed(e)?;
                let src = match &y.value {
                    Some(v) => self.expr_any(v)?,
                    None => {
                        let r = self.unit().temp();
                        let k = self.unit().konst(Const::None);
                        self.emit(Instr::LoadConst { dst: r, k });
                        r
                    }
                };
                if self.unit().meta.flags & flags::ASYNC_GENERATOR != 0 {
                    // The consumer's items are marked apart from what `await`s yield.
                    let w = self.unit().temp();
                    self.emit(Instr::AsyncGenWrap { dst: w, src });
                    self.emit(Instr::Yield { dst, src: w });
                } else {
                    self.emit(Instr::Yield { dst, src });
                }
            }
            Expr::YieldFrom(y) => {
                self.check_yield_allowed(e)?;
                if self.unit().meta.flags & flags::COROUTINE != 0 {
                    return Err(CompileError::syntax(
                        "'yield from' inside async function",
                        self.loc(e.range().start()),
                    ));
                }
                let src = self.expr_any(&y.value)?;
                let it = self.unit().temp();
                self.emit(Instr::GetIter { dst: it, src });
                let k = self.unit().konst(Const::None);
                self.emit(Instr::LoadConst { dst, k });
                self.emit(Instr::YieldFrom { dst, iter: it });
            }
            Expr::Await(a) => {
                let src = self.expr_any(&a.value)?;
                let it = self.unit().temp();
                self.emit(Instr::GetAwaitable { dst: it, src });
                let k = self.unit().konst(Const::None);
                self.emit(Instr::LoadConst { dst, k });
                self.emit(Instr::YieldFrom { dst, iter: it });
            }
            Expr::Starred(_) => {
                return Err(CompileError::syntax(
                    "can't use starred expression here",
                    self.loc(e.range().start()),
                ));
            }
            Expr::Slice(_) => {
                let k = self.slice_or_expr(e)?;
                self.emit(Instr::Move { dst, src: k });
            }
        }
        Ok(())
    }

    fn check_yield_allowed(&mut self, e: &Expr) -> Result<(), CompileError> {
        use super::symtable::ScopeKind;
        match self.scope_kind() {
            ScopeKind::Function | ScopeKind::Comprehension => Ok(()),
            _ => Err(CompileError::syntax(
                "'yield' outside function",
                self.loc(e.range().start()),
            )),
        }
    }

    /// A constant's index.
    pub(super) fn constant(&mut self, c: &Constant, at: &Expr) -> Result<u16, CompileError> {
        let k = match c {
            Constant::None => Const::None,
            Constant::Bool(b) => Const::Bool(*b),
            Constant::Str(s) => Const::Str(s.clone()),
            Constant::Int(i) => Const::Int(i.clone()),
            Constant::Float(f) => Const::Float(*f),
            Constant::Ellipsis => Const::Ellipsis,
            Constant::Tuple(items) => {
                let mut v = Vec::new();
                for i in items {
                    let k = self.constant(i, at)?;
                    v.push(self.unit().consts[k as usize].clone());
                }
                Const::Tuple(v)
            }
            Constant::Bytes(_) => {
                return Err(CompileError::unsupported(
                    "bytes literals",
                    self.loc(at.range().start()),
                ))
            }
            Constant::Complex { .. } => {
                return Err(CompileError::unsupported(
                    "complex numbers",
                    self.loc(at.range().start()),
                ))
            }
        };
        Ok(self.unit().konst(k))
    }

    fn compare(&mut self, c: &'a ast::ExprCompare, dst: Reg) -> Result<(), CompileError> {
        let rest: Vec<&Expr> = c.comparators.iter().collect();
        let mut left = self.operand(&c.left, &rest)?;
        let mut jumps = Vec::new();
        for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
            let last = i + 1 == c.ops.len();
            let r = if last {
                self.expr_any(right)?
            } else {
                let t = self.unit().temp();
                self.expr_to(right, t)?;
                t
            };
            self.emit(cmp_instr(*op, dst, left, r));
            if !last {
                jumps.push(self.emit(Instr::JumpIfFalse {
                    cond: dst,
                    target: 0,
                }));
            }
            left = r;
        }
        for j in jumps {
            self.unit().patch_here(j);
        }
        Ok(())
    }

    /// A subscript key: a slice literal builds a slice object.
    fn slice_or_expr(&mut self, e: &'a Expr) -> Result<Reg, CompileError> {
        let Expr::Slice(s) = e else {
            return self.expr_any(e);
        };
        let mut parts = [NO_REG; 3];
        for (i, p) in [&s.lower, &s.upper, &s.step].into_iter().enumerate() {
            if let Some(p) = p {
                parts[i] = self.expr_any(p)?;
            }
        }
        let dst = self.unit().temp();
        self.emit(Instr::BuildSlice {
            dst,
            start: parts[0],
            stop: parts[1],
            step: parts[2],
        });
        Ok(dst)
    }

    fn sequence(&mut self, elts: &'a [Expr], dst: Reg, kind: Seq) -> Result<(), CompileError> {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        // Elements after a star, or beyond the first DISPLAY_CHUNK, are added one by one
        // (register windows stay small however long the display).
        let n = star.unwrap_or(elts.len()).min(DISPLAY_CHUNK);
        let base = self.unit().temps(n as u16);
        for (i, e) in elts[..n].iter().enumerate() {
            self.expr_to(e, base + i as Reg)?;
        }
        let all_const = elts.len() > 2 && elts.iter().all(|e| matches!(e, Expr::Constant(_)));
        if n == elts.len() && matches!(kind, Seq::Set) && all_const {
            // CPython folds such displays into a frozenset constant (built twice: from the
            // items, then again from its own order when constants are merged) that a new
            // empty set is updated from. The copies decide the iteration order.
            // (n > 2, so these registers are the display's own, free once it is built.)
            let (order, frozen) = (base + 1, base + 2);
            self.emit(Instr::BuildSet {
                dst: base,
                base,
                count: n as u16,
            });
            self.emit(Instr::BuildList {
                dst: order,
                base: order,
                count: 0,
            });
            self.emit(Instr::ListExtend {
                list: order,
                src: base,
            });
            for (dst, src) in [(frozen, order), (dst, frozen)] {
                self.emit(Instr::BuildSet {
                    dst,
                    base: dst,
                    count: 0,
                });
                self.emit(Instr::SetUpdate { set: dst, src });
            }
            return Ok(());
        }
        if n == elts.len() {
            self.emit(match kind {
                Seq::List => Instr::BuildList {
                    dst,
                    base,
                    count: n as u16,
                },
                Seq::Tuple => Instr::BuildTuple {
                    dst,
                    base,
                    count: n as u16,
                },
                Seq::Set => Instr::BuildSet {
                    dst,
                    base,
                    count: n as u16,
                },
            });
            return Ok(());
        }
        let acc = base;
        self.emit(match kind {
            Seq::Set => Instr::BuildSet {
                dst: acc,
                base,
                count: n as u16,
            },
            _ => Instr::BuildList {
                dst: acc,
                base,
                count: n as u16,
            },
        });
        self.unit().free_to(acc + 1);
        for e in &elts[n..] {
            let m = self.unit().mark();
            match e {
                Expr::Starred(s) => {
                    let v = self.expr_any(&s.value)?;
                    self.emit(match kind {
                        Seq::Set => Instr::SetUpdate { set: acc, src: v },
                        _ => Instr::ListExtend { list: acc, src: v },
                    });
                }
                _ => {
                    let v = self.expr_any(e)?;
                    self.emit(match kind {
                        Seq::Set => Instr::SetAdd { set: acc, item: v },
                        _ => Instr::ListAppend { list: acc, item: v },
                    });
                }
            }
            self.unit().free_to(m);
        }
        self.emit(match kind {
            Seq::Tuple => Instr::ListToTuple { dst, src: acc },
            _ => Instr::Move { dst, src: acc },
        });
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict, dst: Reg) -> Result<(), CompileError> {
        let first_star = d
            .keys
            .iter()
            .position(|k| k.is_none())
            .unwrap_or(d.keys.len())
            .min(DISPLAY_CHUNK);
        let base = self.unit().temps(2 * first_star as u16);
        for i in 0..first_star {
            self.expr_to(d.keys[i].as_ref().expect("key"), base + 2 * i as Reg)?;
            self.expr_to(&d.values[i], base + 2 * i as Reg + 1)?;
        }
        let acc = self.unit().temp();
        self.emit(Instr::BuildMap {
            dst: acc,
            base,
            count: 2 * first_star as u16,
        });
        for i in first_star..d.keys.len() {
            let m = self.unit().mark();
            match &d.keys[i] {
                None => {
                    let v = self.expr_any(&d.values[i])?;
                    self.emit(Instr::DictUpdate { map: acc, src: v });
                }
                Some(k) => {
                    let kr = self.unit().temp();
                    self.expr_to(k, kr)?;
                    let vr = self.expr_any(&d.values[i])?;
                    self.emit(Instr::MapAdd {
                        map: acc,
                        key: kr,
                        value: vr,
                    });
                }
            }
            self.unit().free_to(m);
        }
        self.emit(Instr::Move { dst, src: acc });
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall, dst: Reg) -> Result<(), CompileError> {
        let has_star = c.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || c.keywords.iter().any(|k| k.arg.is_none());
        if has_star {
            return self.call_ex(c, dst);
        }
        let nargs = (c.args.len() + c.keywords.len()) as u16;
        let kwnames = if c.keywords.is_empty() {
            None
        } else {
            let names = c
                .keywords
                .iter()
                .map(|k| Const::Str(k.arg.as_ref().expect("named").to_string()))
                .collect();
            Some(self.unit().konst(Const::Tuple(names)))
        };
        if let Expr::Attribute(a) = &*c.func {
            let base = self.unit().temps(2 + nargs);
            let obj = self.expr_any(&a.value)?;
            let name = self.attr_name(a.attr.as_str());
            self.emit(Instr::LoadMethod {
                dst: base,
                obj,
                name,
            });
            self.call_args(c, base + 2)?;
            let line = self.line_of(c);
            let saved = self.unit().set_line(line);
            self.emit(match kwnames {
                None => Instr::CallMethod {
                    dst,
                    base,
                    argc: nargs,
                },
                Some(k) => Instr::CallMethodKw {
                    dst,
                    base,
                    argc: nargs,
                    kwnames: k,
                },
            });
            self.unit().set_line(saved);
            return Ok(());
        }
        let base = self.unit().temps(1 + nargs);
        self.expr_to(&c.func, base)?;
        self.call_args(c, base + 1)?;
        let line = self.line_of(c);
        let saved = self.unit().set_line(line);
        self.emit(match kwnames {
            None => Instr::Call {
                dst,
                func: base,
                argc: nargs,
            },
            Some(k) => Instr::CallKw {
                dst,
                func: base,
                argc: nargs,
                kwnames: k,
            },
        });
        self.unit().set_line(saved);
        Ok(())
    }

    fn call_args(&mut self, c: &'a ast::ExprCall, base: Reg) -> Result<(), CompileError> {
        for (i, a) in c.args.iter().enumerate() {
            self.expr_to(a, base + i as Reg)?;
        }
        for (i, k) in c.keywords.iter().enumerate() {
            self.expr_to(&k.value, base + (c.args.len() + i) as Reg)?;
        }
        Ok(())
    }

    /// A call with `*args` or `**kwargs`: builds the positional tuple and keyword dict.
    fn call_ex(&mut self, c: &'a ast::ExprCall, dst: Reg) -> Result<(), CompileError> {
        let func = self.unit().temp();
        self.expr_to(&c.func, func)?;
        let args = self.unit().temp();
        self.emit(Instr::BuildList {
            dst: args,
            base: args,
            count: 0,
        });
        for a in &c.args {
            let m = self.unit().mark();
            match a {
                Expr::Starred(s) => {
                    let v = self.expr_any(&s.value)?;
                    self.emit(Instr::CallStarExtend {
                        list: args,
                        src: v,
                        func,
                    });
                }
                _ => {
                    let v = self.expr_any(a)?;
                    self.emit(Instr::ListAppend {
                        list: args,
                        item: v,
                    });
                }
            }
            self.unit().free_to(m);
        }
        self.emit(Instr::ListToTuple {
            dst: args,
            src: args,
        });
        let kwargs = self.keywords_dict(&c.keywords, func)?;
        let line = self.line_of(c);
        let saved = self.unit().set_line(line);
        self.emit(Instr::CallEx {
            dst,
            func,
            args,
            kwargs,
        });
        self.unit().set_line(saved);
        Ok(())
    }

    /// Evaluates keyword arguments (`name=value` and `**mapping`) into a new dict in a
    /// temporary register; `NO_REG` when there are none. `func` names the callee in errors.
    pub(super) fn keywords_dict(
        &mut self,
        keywords: &'a [ast::Keyword],
        func: Reg,
    ) -> Result<Reg, CompileError> {
        if keywords.is_empty() {
            return Ok(NO_REG);
        }
        let kw = self.unit().temp();
        self.emit(Instr::BuildMap {
            dst: kw,
            base: kw,
            count: 0,
        });
        for k in keywords {
            let m = self.unit().mark();
            match &k.arg {
                None => {
                    let v = self.expr_any(&k.value)?;
                    self.emit(Instr::DictMerge {
                        map: kw,
                        src: v,
                        func,
                    });
                }
                Some(name) => {
                    let kr = self.unit().temp();
                    let kk = self.unit().konst(Const::Str(name.to_string()));
                    self.emit(Instr::LoadConst { dst: kr, k: kk });
                    let v = self.expr_any(&k.value)?;
                    self.emit(Instr::MapAdd {
                        map: kw,
                        key: kr,
                        value: v,
                    });
                }
            }
            self.unit().free_to(m);
        }
        Ok(kw)
    }

    fn joined_str(&mut self, values: &'a [Expr], dst: Reg) -> Result<(), CompileError> {
        if values.is_empty() {
            let k = self.unit().konst(Const::Str(String::new()));
            self.emit(Instr::LoadConst { dst, k });
            return Ok(());
        }
        if values.len() == 1 {
            if let Expr::Constant(_) = &values[0] {
                return self.expr_to(&values[0], dst);
            }
        }
        let base = self.unit().temps(values.len() as u16);
        for (i, v) in values.iter().enumerate() {
            self.expr_to(v, base + i as Reg)?;
        }
        self.emit(Instr::BuildString {
            dst,
            base,
            count: values.len() as u16,
        });
        Ok(())
    }

    fn formatted_value(
        &mut self,
        f: &'a ast::ExprFormattedValue,
        dst: Reg,
    ) -> Result<(), CompileError> {
        let src = self.expr_any(&f.value)?;
        let spec = match &f.format_spec {
            Some(s) => match spec_with_escapes(s, self.fstring_is_raw(f)) {
                // The parser leaves escape sequences in format specs undecoded.
                Some(text) => {
                    let k = self.unit().konst(Const::Str(text));
                    let r = self.unit().temp();
                    self.emit(Instr::LoadConst { dst: r, k });
                    r
                }
                None => self.expr_any(s)?,
            },
            None => NO_REG,
        };
        let conv = match f.conversion {
            ast::ConversionFlag::None => 0,
            ast::ConversionFlag::Str => b's' as u16,
            ast::ConversionFlag::Repr => b'r' as u16,
            ast::ConversionFlag::Ascii => b'a' as u16,
        };
        self.emit(Instr::FormatValue {
            dst,
            src,
            spec,
            conv,
        });
        Ok(())
    }
}

impl Codegen<'_> {
    /// Whether the f-string holding `f` is raw (`rf"..."`), judged from its prefix.
    fn fstring_is_raw(&self, f: &ast::ExprFormattedValue) -> bool {
        let start = f.range.start().to_usize();
        let head = self.map.slice(start, start + 3);
        let prefix: String = head
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        prefix.contains(['r', 'R'])
    }
}

/// A constant format spec containing backslash escapes, decoded (unless raw).
fn spec_with_escapes(spec: &Expr, raw: bool) -> Option<String> {
    let Expr::JoinedStr(j) = spec else {
        return None;
    };
    let [Expr::Constant(c)] = &j.values[..] else {
        return None;
    };
    let ast::Constant::Str(text) = &c.value else {
        return None;
    };
    if raw || !text.contains('\\') {
        return None;
    }
    Some(decode_escapes(text))
}

/// Python's string escapes (`\t`, `\x2a`, `\u00e9`, octal...); unknown ones stay.
fn decode_escapes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(e) = it.next() else {
            out.push('\\');
            break;
        };
        let hex = |it: &mut std::iter::Peekable<std::str::Chars>, n: usize| {
            let digits: String = (0..n).filter_map(|_| it.next()).collect();
            u32::from_str_radix(&digits, 16)
                .ok()
                .and_then(char::from_u32)
        };
        let decoded = match e {
            'n' => Some('\n'),
            't' => Some('\t'),
            'r' => Some('\r'),
            '\\' => Some('\\'),
            '\'' => Some('\''),
            '"' => Some('"'),
            'a' => Some('\u{7}'),
            'b' => Some('\u{8}'),
            'f' => Some('\u{c}'),
            'v' => Some('\u{b}'),
            'x' => hex(&mut it, 2),
            'u' => hex(&mut it, 4),
            'U' => hex(&mut it, 8),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match it.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            it.next();
                        }
                        None => break,
                    }
                }
                char::from_u32(v)
            }
            other => {
                out.push('\\');
                Some(other)
            }
        };
        if let Some(d) = decoded {
            out.push(d);
        }
    }
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Seq {
    List,
    Tuple,
    Set,
}

/// Whether an expression contains an assignment expression (which could rebind a local).
pub(super) fn has_walrus(e: &Expr) -> bool {
    match e {
        Expr::NamedExpr(_) => true,
        Expr::BoolOp(b) => b.values.iter().any(has_walrus),
        Expr::BinOp(b) => has_walrus(&b.left) || has_walrus(&b.right),
        Expr::UnaryOp(u) => has_walrus(&u.operand),
        Expr::IfExp(i) => has_walrus(&i.test) || has_walrus(&i.body) || has_walrus(&i.orelse),
        Expr::Compare(c) => has_walrus(&c.left) || c.comparators.iter().any(has_walrus),
        Expr::Call(c) => {
            has_walrus(&c.func)
                || c.args.iter().any(has_walrus)
                || c.keywords.iter().any(|k| has_walrus(&k.value))
        }
        Expr::Attribute(a) => has_walrus(&a.value),
        Expr::Subscript(s) => has_walrus(&s.value) || has_walrus(&s.slice),
        Expr::List(l) => l.elts.iter().any(has_walrus),
        Expr::Tuple(t) => t.elts.iter().any(has_walrus),
        Expr::Set(s) => s.elts.iter().any(has_walrus),
        Expr::Dict(d) => d.keys.iter().flatten().any(has_walrus) || d.values.iter().any(has_walrus),
        Expr::Starred(s) => has_walrus(&s.value),
        Expr::FormattedValue(f) => has_walrus(&f.value),
        Expr::JoinedStr(j) => j.values.iter().any(has_walrus),
        Expr::Slice(s) => [&s.lower, &s.upper, &s.step]
            .into_iter()
            .flatten()
            .any(|x| has_walrus(x)),
        Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::GeneratorExp(_) => true,
        _ => false,
    }
}

/// The bytecode operator of an AST operator.
pub(super) fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

/// The instruction computing `dst = a op b`.
pub(super) fn binop_instr(op: BinOp, dst: Reg, a: Reg, b: Reg) -> Instr {
    match op {
        BinOp::Add => Instr::Add { dst, a, b },
        BinOp::Sub => Instr::Sub { dst, a, b },
        BinOp::Mul => Instr::Mul { dst, a, b },
        BinOp::TrueDiv => Instr::TrueDiv { dst, a, b },
        BinOp::FloorDiv => Instr::FloorDiv { dst, a, b },
        BinOp::Mod => Instr::Mod { dst, a, b },
        BinOp::Pow => Instr::Pow { dst, a, b },
        BinOp::MatMul => Instr::MatMul { dst, a, b },
        BinOp::LShift => Instr::LShift { dst, a, b },
        BinOp::RShift => Instr::RShift { dst, a, b },
        BinOp::And => Instr::BitAnd { dst, a, b },
        BinOp::Or => Instr::BitOr { dst, a, b },
        BinOp::Xor => Instr::BitXor { dst, a, b },
    }
}

fn cmp_instr(op: ast::CmpOp, dst: Reg, a: Reg, b: Reg) -> Instr {
    match op {
        ast::CmpOp::Eq => Instr::Eq { dst, a, b },
        ast::CmpOp::NotEq => Instr::Ne { dst, a, b },
        ast::CmpOp::Lt => Instr::Lt { dst, a, b },
        ast::CmpOp::LtE => Instr::Le { dst, a, b },
        ast::CmpOp::Gt => Instr::Gt { dst, a, b },
        ast::CmpOp::GtE => Instr::Ge { dst, a, b },
        ast::CmpOp::Is => Instr::Is { dst, a, b },
        ast::CmpOp::IsNot => Instr::IsNot { dst, a, b },
        ast::CmpOp::In => Instr::In { dst, a, b },
        ast::CmpOp::NotIn => Instr::NotIn { dst, a, b },
    }
}

/// The JUMP_UNLESS_CMP immediate of a rich comparison (index in `CmpOp::ALL`).
fn rich_op_imm(op: ast::CmpOp) -> Option<u16> {
    Some(match op {
        ast::CmpOp::Lt => 0,
        ast::CmpOp::LtE => 1,
        ast::CmpOp::Eq => 2,
        ast::CmpOp::NotEq => 3,
        ast::CmpOp::Gt => 4,
        ast::CmpOp::GtE => 5,
        _ => return None,
    })
}

/// Whether `e` is the constant `None`.
fn is_none_constant(e: &Expr) -> bool {
    matches!(e, Expr::Constant(c) if matches!(c.value, ast::Constant::None))
}
