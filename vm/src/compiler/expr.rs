//! Expressions.
//!
//! `expr_to(e, dst)` leaves the value in `dst`; `expr_any(e)` returns some register holding
//! it — for a plain local variable its own register, with no copy (the point of a register
//! machine). A register returned by `expr_any` is read-only for the caller.

use super::bytecode::{BinOp, Instr, Reg, NO_REG};
use super::codegen::{Codegen, CompKind, FunctionBody};
use super::displays::Seq;
use super::{CompileError, Const};
use crate::objects::code::flags;
use rustpython_parser::ast::{self, Constant, Expr, Ranged};

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
