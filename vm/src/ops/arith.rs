//! Binary and unary arithmetic.
//!
//! The interpreter tries a `fast_*` function first: two small ints or two immediate floats,
//! no allocation, no call. Everything else goes through [`Vm::binary_op`], which follows
//! CPython's protocol: built-in types are handled natively; when a user class is involved,
//! `a.__op__(b)` is tried, then `b.__rop__(a)` (first, if `b`'s class is a subclass of `a`'s
//! that overrides it), and `NotImplemented` from both means TypeError.

use super::float::as_float;
use super::int::{as_int, IntRef};
use crate::compiler::bytecode::BinOp;
use crate::error::PyResult;
use crate::objects::typeobj::tflags;
use crate::objects::{Gc, Kind, ListData};
use crate::value::Value;
use crate::vm::Vm;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// `a + b` for two small ints or two immediate floats.
#[inline(always)]
pub fn fast_add(a: Value, b: Value) -> Option<Value> {
    if a.is_small_int() && b.is_small_int() {
        return Value::try_int(a.small_unchecked() + b.small_unchecked());
    }
    Value::try_float(a.as_imm_float()? + b.as_imm_float()?)
}

/// `a - b` fast path.
#[inline(always)]
pub fn fast_sub(a: Value, b: Value) -> Option<Value> {
    if a.is_small_int() && b.is_small_int() {
        return Value::try_int(a.small_unchecked() - b.small_unchecked());
    }
    Value::try_float(a.as_imm_float()? - b.as_imm_float()?)
}

/// `a * b` fast path.
#[inline(always)]
pub fn fast_mul(a: Value, b: Value) -> Option<Value> {
    if a.is_small_int() && b.is_small_int() {
        return Value::try_int(a.small_unchecked().checked_mul(b.small_unchecked())?);
    }
    Value::try_float(a.as_imm_float()? * b.as_imm_float()?)
}

/// `a / b` fast path (floats only, non-zero divisor).
#[inline(always)]
pub fn fast_truediv(a: Value, b: Value) -> Option<Value> {
    let y = b.as_imm_float()?;
    if y == 0.0 {
        return None;
    }
    Value::try_float(a.as_imm_float()? / y)
}

/// `a // b` fast path (small ints, non-zero divisor).
#[inline(always)]
pub fn fast_floordiv(a: Value, b: Value) -> Option<Value> {
    let (x, y) = (a.as_small_int()?, b.as_small_int()?);
    if y == 0 {
        return None;
    }
    Value::try_int(Integer::div_floor(&x, &y))
}

/// `a % b` fast path (small ints, non-zero divisor).
#[inline(always)]
pub fn fast_mod(a: Value, b: Value) -> Option<Value> {
    let (x, y) = (a.as_small_int()?, b.as_small_int()?);
    if y == 0 {
        return None;
    }
    Some(Value::small(x.mod_floor(&y)))
}

/// `a >> b` fast path.
#[inline(always)]
pub fn fast_rshift(a: Value, b: Value) -> Option<Value> {
    let (x, y) = (a.as_small_int()?, b.as_small_int()?);
    if y < 0 {
        return None;
    }
    Some(Value::small(x >> y.min(63)))
}

/// `a & b` fast path.
#[inline(always)]
pub fn fast_and(a: Value, b: Value) -> Option<Value> {
    Some(Value::small(a.as_small_int()? & b.as_small_int()?))
}

/// `a | b` fast path.
#[inline(always)]
pub fn fast_or(a: Value, b: Value) -> Option<Value> {
    Some(Value::small(a.as_small_int()? | b.as_small_int()?))
}

/// `a ^ b` fast path.
#[inline(always)]
pub fn fast_xor(a: Value, b: Value) -> Option<Value> {
    Some(Value::small(a.as_small_int()? ^ b.as_small_int()?))
}

/// No fast path.
#[inline(always)]
pub fn no_fast(_: Value, _: Value) -> Option<Value> {
    None
}

/// Whether a value is a str, list or tuple (or subclass instance): the sequences that
/// concatenate and repeat.
fn seq_kind(v: Value) -> Option<Kind> {
    [Kind::Str, Kind::List, Kind::Tuple]
        .into_iter()
        .find(|&k| super::unwrap_kind(v, k).is_some())
}

impl Vm {
    /// `a op b`.
    pub fn binary_op(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        match self.binary_op_opt(a, b, op)? {
            Some(v) => Ok(v),
            None => Err(self.binop_type_error(a, b, op, false)),
        }
    }

    /// `a op b`, or `None` when both operands return NotImplemented.
    fn binary_op_opt(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        let (ca, cb) = (self.class_of(a), self.class_of(b));
        if !ca.has(tflags::HEAPTYPE) && !cb.has(tflags::HEAPTYPE) {
            let unions = [self.types.type_, self.types.union_type];
            if op == BinOp::Or && (unions.contains(&ca) || unions.contains(&cb)) {
                let r = crate::builtins::union::make_union(self, a, b)?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(Some(r));
                }
            }
            return self.builtin_binop(a, b, op);
        }
        let (fwd, rev) = (
            self.intern_static(op.dunder()),
            self.intern_static(op.rdunder()),
        );
        let fa = self.lookup_type(ca, fwd);
        let fb = if cb != ca {
            self.lookup_type(cb, rev)
        } else {
            None
        };
        let mut fb_done = false;
        if let Some(f) = fb {
            if self.is_subclass(cb, ca) && Some(f) != self.lookup_type(ca, rev) {
                let r = self.call_special(f, b, &[a])?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(Some(r));
                }
                fb_done = true;
            }
        }
        if let Some(f) = fa {
            let r = self.call_special(f, a, &[b])?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        }
        if let (Some(f), false) = (fb, fb_done) {
            let r = self.call_special(f, b, &[a])?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        }
        if op == BinOp::Mul {
            return self.repeat_by_index(a, b);
        }
        Ok(None)
    }

    /// Sequence repetition by an object with `__index__` (CPython's `sq_repeat`, tried
    /// after both operands' `__mul__`/`__rmul__`).
    fn repeat_by_index(&mut self, a: Value, b: Value) -> PyResult<Option<Value>> {
        let (seq, count) = match (seq_kind(a), seq_kind(b)) {
            (Some(_), _) if as_int(b).is_none() => (a, b),
            (_, Some(_)) if as_int(a).is_none() => (b, a),
            _ => return Ok(None),
        };
        let cls = self.class_of(count);
        if self.lookup_type(cls, self.names.index).is_none() {
            return Ok(None);
        }
        let Some(n) = self.to_index(count)?.to_i64() else {
            let t = self.type_name_of(count);
            return Err(
                self.overflow_error(format!("cannot fit '{t}' into an index-sized integer"))
            );
        };
        let n = self.new_int(n);
        self.with_roots(&[seq, n], |vm| vm.builtin_binop(seq, n, BinOp::Mul))
    }

    /// `a op= b`.
    pub fn inplace_op(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        let ca = self.class_of(a);
        if ca.has(tflags::HEAPTYPE) {
            let iname = self.intern_static(op.idunder());
            if let Some(f) = self.lookup_type(ca, iname) {
                let r = self.call_special(f, a, &[b])?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.builtin_inplace(a, b, op)? {
            return Ok(r);
        }
        match self.binary_op_opt(a, b, op)? {
            Some(v) => Ok(v),
            None => Err(self.binop_type_error(a, b, op, true)),
        }
    }

    /// In-place operations that mutate built-in containers (`list +=`, `set |=`...).
    fn builtin_inplace(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        if let Some(l) = super::unwrap_kind(a, Kind::List) {
            match op {
                BinOp::Add => {
                    self.list_extend(l, b)?;
                    return Ok(Some(a));
                }
                BinOp::Mul => {
                    let Some(n) = as_int(b) else { return Ok(None) };
                    let n = n.to_i64().unwrap_or(i64::MAX).max(0) as usize;
                    let list = Gc::<ListData>::from_value(l).expect("list");
                    let items = list.snapshot();
                    let repeated = self.repeat_items(&items, n)?;
                    *list.items.borrow_mut() = repeated;
                    return Ok(Some(a));
                }
                _ => return Ok(None),
            }
        }
        if (self.class_of(a) == self.types.set || super::builtin_base(a, Kind::Set).is_some())
            && matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
            && self.is_any_set(b)
        {
            let s = super::unwrap_kind(a, Kind::Set).expect("set");
            self.set_inplace(s, b, op)?;
            return Ok(Some(a));
        }
        if op == BinOp::Or {
            if let Some(d) = super::unwrap_kind(a, Kind::Dict) {
                let d = Gc::<crate::objects::DictData>::from_value(d).expect("dict");
                self.dict_update_from(d, b)?;
                return Ok(Some(a));
            }
        }
        Ok(None)
    }

    fn binop_type_error(
        &mut self,
        a: Value,
        b: Value,
        op: BinOp,
        inplace: bool,
    ) -> crate::error::PyErr {
        let (ta, tb) = (self.type_name_of(a), self.type_name_of(b));
        if op == BinOp::Add && seq_kind(a).is_some() && !inplace {
            let k = seq_kind(a).expect("sequence");
            let what = match k {
                Kind::Str => "str",
                Kind::List => "list",
                _ => "tuple",
            };
            return self.type_error(format!(
                "can only concatenate {what} (not \"{tb}\") to {what}"
            ));
        }
        if op == BinOp::Mul {
            if seq_kind(a).is_some() && as_int(b).is_none() {
                return self
                    .type_error(format!("can't multiply sequence by non-int of type '{tb}'"));
            }
            if seq_kind(b).is_some() && as_int(a).is_none() {
                return self
                    .type_error(format!("can't multiply sequence by non-int of type '{ta}'"));
            }
        }
        let sym = if inplace {
            format!("{}=", op.symbol())
        } else {
            op.symbol().to_string()
        };
        if op == BinOp::Pow && !inplace {
            return self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{ta}' and '{tb}'"
            ));
        }
        self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
        ))
    }

    /// The operation on built-in types; `None` means NotImplemented.
    pub fn builtin_binop(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            if a.is_bool() && b.is_bool() && matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) {
                let (p, q) = (a == Value::TRUE, b == Value::TRUE);
                return Ok(Some(Value::bool(match op {
                    BinOp::And => p & q,
                    BinOp::Or => p | q,
                    _ => p ^ q,
                })));
            }
            return self.int_binop(&x, &y, op);
        }
        let fa = as_float(a)
            .map(Ok)
            .or_else(|| as_int(a).map(|i| self.int_to_f64(&i)));
        let fb = as_float(b)
            .map(Ok)
            .or_else(|| as_int(b).map(|i| self.int_to_f64(&i)));
        if let (Some(x), Some(y)) = (fa, fb) {
            if as_float(a).is_some() || as_float(b).is_some() {
                return self.float_binop(x?, y?, op);
            }
        }
        self.container_binop(a, b, op)
    }

    fn container_binop(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        match op {
            BinOp::Add => {
                if let (Some(x), Some(y)) = (super::as_str(a), super::as_str(b)) {
                    let mut s = String::with_capacity(x.len() + y.len());
                    s.push_str(x);
                    s.push_str(y);
                    return Ok(Some(self.new_str(s)));
                }
                for k in [Kind::List, Kind::Tuple] {
                    if let (Some(x), Some(y)) = (super::unwrap_kind(a, k), super::unwrap_kind(b, k))
                    {
                        let mut items = self.seq_items(x);
                        items.extend(self.seq_items(y));
                        return Ok(Some(if k == Kind::List {
                            self.new_list(items)
                        } else {
                            self.new_tuple(items)
                        }));
                    }
                }
            }
            BinOp::Mul => {
                let (seq, n) = if seq_kind(a).is_some() && as_int(b).is_some() {
                    (a, b)
                } else if seq_kind(b).is_some() && as_int(a).is_some() {
                    (b, a)
                } else {
                    return Ok(None);
                };
                let Some(n) = as_int(n).expect("int").to_i64() else {
                    return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
                };
                let count = n.max(0) as usize;
                return self.repeat(seq, count).map(Some);
            }
            BinOp::Mod => {
                if let Some(fmt) = super::as_str(a) {
                    let fmt = fmt.to_string();
                    return crate::format::percent::format(self, &fmt, b).map(Some);
                }
            }
            BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor => {
                if self.is_any_set(a) && self.is_any_set(b) {
                    return self.set_binop(a, b, op).map(Some);
                }
                let is_view = |v: Value| crate::objects::is_kind(v, Kind::DictView);
                if is_view(a) || is_view(b) {
                    let x = self.make_set(a, false)?;
                    let y = self.with_roots(&[x], |vm| vm.make_set(b, false))?;
                    return self
                        .with_roots(&[x, y], |vm| vm.set_binop(x, y, op))
                        .map(Some);
                }
                if op == BinOp::Or {
                    if let (Some(x), Some(_)) = (
                        super::unwrap_kind(a, Kind::Dict),
                        super::unwrap_kind(b, Kind::Dict),
                    ) {
                        let d = self.new_dict();
                        self.dict_update_from(d, x)?;
                        self.dict_update_from(d, b)?;
                        return Ok(Some(d.value()));
                    }
                }
            }
            _ => {}
        }
        Ok(None)
    }

    /// `seq * n` for str, list and tuple.
    fn repeat(&mut self, seq: Value, n: usize) -> PyResult<Value> {
        if let Some(s) = super::as_str(seq) {
            self.check_alloc(s.len().checked_mul(n))?;
            let r = s.repeat(n);
            return Ok(self.new_str(r));
        }
        let is_list = super::unwrap_kind(seq, Kind::List).is_some();
        let inner = super::unwrap_kind(seq, if is_list { Kind::List } else { Kind::Tuple })
            .expect("sequence");
        let items = self.seq_items(inner);
        let r = self.repeat_items(&items, n)?;
        Ok(if is_list {
            self.new_list(r)
        } else {
            self.new_tuple(r)
        })
    }

    fn repeat_items(&mut self, items: &[Value], n: usize) -> PyResult<Vec<Value>> {
        let total = items.len().checked_mul(n).filter(|&t| t <= (1 << 40));
        let Some(total) = total else {
            return Err(self.memory_error());
        };
        self.check_alloc(total.checked_mul(std::mem::size_of::<Value>()))?;
        let mut v = Vec::new();
        if v.try_reserve_exact(total).is_err() {
            return Err(self.memory_error());
        }
        for _ in 0..n {
            v.extend_from_slice(items);
        }
        Ok(v)
    }

    /// Integer arithmetic.
    pub fn int_binop(&mut self, x: &IntRef, y: &IntRef, op: BinOp) -> PyResult<Option<Value>> {
        if let (IntRef::Small(p), IntRef::Small(q)) = (x, y) {
            let (p, q) = (*p, *q);
            let r = match op {
                BinOp::Add => p.checked_add(q),
                BinOp::Sub => p.checked_sub(q),
                BinOp::Mul => p.checked_mul(q),
                BinOp::And => Some(p & q),
                BinOp::Or => Some(p | q),
                BinOp::Xor => Some(p ^ q),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(Some(self.new_int(r)));
            }
        }
        let v = match op {
            BinOp::Add => self.int_from_big(x.to_big().as_ref() + y.to_big().as_ref()),
            BinOp::Sub => self.int_from_big(x.to_big().as_ref() - y.to_big().as_ref()),
            BinOp::Mul => self.int_from_big(x.to_big().as_ref() * y.to_big().as_ref()),
            BinOp::And => self.int_from_big(x.to_big().as_ref() & y.to_big().as_ref()),
            BinOp::Or => self.int_from_big(x.to_big().as_ref() | y.to_big().as_ref()),
            BinOp::Xor => self.int_from_big(x.to_big().as_ref() ^ y.to_big().as_ref()),
            BinOp::FloorDiv => {
                self.int_divmod(x, y, "integer division or modulo by zero")?
                    .0
            }
            BinOp::Mod => self.int_divmod(x, y, "integer modulo by zero")?.1,
            BinOp::TrueDiv => {
                if y.is_zero() {
                    return Err(self.zero_division("division by zero"));
                }
                let r = self.int_truediv(x, y)?;
                self.new_float(r)
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let (fx, fy) = (self.int_to_f64(x)?, self.int_to_f64(y)?);
                    let r = self.float_pow(fx, fy)?;
                    self.new_float(r)
                } else if let (IntRef::Small(b @ -1..=1), None) = (x, y.to_big().to_u64()) {
                    // Huge exponents of 0, 1 and -1: only the parity matters.
                    let odd = y.to_big().bit(0);
                    Value::small(if *b == -1 && !odd { 1 } else { *b })
                } else {
                    let e = y.to_big().to_u64().unwrap_or(u64::MAX);
                    self.int_pow(x, e)?
                }
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                if x.is_zero() {
                    return Ok(Some(Value::small(0)));
                }
                let Some(s) = y.to_i64() else {
                    return Err(self.overflow_error("too many digits in integer"));
                };
                self.check_alloc(Some(s as usize / 8))?;
                if let IntRef::Small(p) = x {
                    if s < 63 && p.unsigned_abs() < (1u64 << (62 - s)) {
                        return Ok(Some(self.new_int(p << s)));
                    }
                }
                self.int_from_big(x.to_big().as_ref() << s as usize)
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let s = y.to_i64().unwrap_or(i64::MAX);
                match x {
                    IntRef::Small(p) => Value::small(p >> s.min(63)),
                    IntRef::Big(b) => {
                        if s > (1 << 40) {
                            Value::small(if b.is_negative() { -1 } else { 0 })
                        } else {
                            self.int_from_big(*b >> s as usize)
                        }
                    }
                }
            }
            BinOp::MatMul => return Ok(None),
        };
        Ok(Some(v))
    }

    /// `x / y` for ints: exact for values up to 2**53, else via big-int arithmetic.
    fn int_truediv(&mut self, x: &IntRef, y: &IntRef) -> PyResult<f64> {
        const EXACT: i64 = 1 << 53;
        if let (IntRef::Small(p), IntRef::Small(q)) = (x, y) {
            if p.abs() <= EXACT && q.abs() <= EXACT {
                return Ok(*p as f64 / *q as f64);
            }
        }
        let (a, b) = (x.to_big().into_owned(), y.to_big().into_owned());
        // Scale so that the quotient has 64 significant bits, then let f64 round once more.
        let shift = b.bits() as i64 - a.bits() as i64 + 64;
        let (num, den) = if shift > 0 {
            (a << shift as usize, b)
        } else {
            (a, b << (-shift) as usize)
        };
        let (q, rem) = num.div_rem(&den);
        // q has 64 or 65 significant bits. Keep the top 64 in a u64, folding every dropped
        // bit and the remainder into the lowest bit ("sticky"), so that the single rounding
        // of `u64 as f64` is the correct rounding of the exact quotient.
        let negative = q.is_negative(); // |q| >= 2^63: never zero
        let mag = q.magnitude();
        let extra = mag.bits().saturating_sub(64);
        let mut top = (mag >> extra).to_u64().expect("64 bits");
        let dropped = extra > 0 && mag.trailing_zeros().is_some_and(|z| z < extra);
        if dropped || !rem.is_zero() {
            top |= 1;
        }
        let r = crate::ops::float::ldexp_exact(top as f64, extra as i64 - shift);
        let r = if negative { -r } else { r };
        if !r.is_finite() {
            return Err(self.overflow_error("integer division result too large for a float"));
        }
        Ok(r)
    }

    /// Float arithmetic.
    pub fn float_binop(&mut self, x: f64, y: f64, op: BinOp) -> PyResult<Option<Value>> {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::TrueDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => self.float_floordiv(x, y)?,
            BinOp::Mod => self.float_mod(x, y)?,
            BinOp::Pow => self.float_pow(x, y)?,
            _ => return Ok(None),
        };
        Ok(Some(self.new_float(r)))
    }

    /// `-v`.
    pub fn unary_neg(&mut self, v: Value) -> PyResult<Value> {
        if let Some(i) = v.as_small_int() {
            return Ok(self.new_int(-i));
        }
        if let Some(f) = as_float(v).filter(|_| !self.class_of(v).has(tflags::HEAPTYPE)) {
            return Ok(self.new_float(-f));
        }
        if let Some(i) = as_int(v).filter(|_| !self.class_of(v).has(tflags::HEAPTYPE)) {
            let b = -i.to_big().into_owned();
            return Ok(self.int_from_big(b));
        }
        self.unary_dunder(v, self.names.neg, "-")
    }

    /// `+v`.
    pub fn unary_pos(&mut self, v: Value) -> PyResult<Value> {
        if !self.class_of(v).has(tflags::HEAPTYPE) {
            if let Some(i) = as_int(v) {
                return Ok(match i {
                    IntRef::Small(x) => self.new_int(x),
                    IntRef::Big(_) => v,
                });
            }
            if as_float(v).is_some() {
                return Ok(v);
            }
        }
        self.unary_dunder(v, self.names.pos, "+")
    }

    /// `~v`.
    pub fn unary_invert(&mut self, v: Value) -> PyResult<Value> {
        if !self.class_of(v).has(tflags::HEAPTYPE) {
            if let Some(i) = as_int(v) {
                return Ok(match i {
                    IntRef::Small(x) => self.new_int(!x),
                    IntRef::Big(b) => self.int_from_big(!b),
                });
            }
        }
        self.unary_dunder(v, self.names.invert, "~")
    }

    fn unary_dunder(&mut self, v: Value, name: Value, sym: &str) -> PyResult<Value> {
        let cls = self.class_of(v);
        if let Some(f) = self.lookup_type(cls, name) {
            return self.call_special(f, v, &[]);
        }
        let n = self.type_name(cls);
        Err(self.type_error(format!("bad operand type for unary {sym}: '{n}'")))
    }

    /// The interned string for a static name (special method names).
    pub fn intern_static(&mut self, s: &'static str) -> Value {
        self.intern(s)
    }

    /// The items of a list or tuple value.
    pub fn seq_items(&self, v: Value) -> Vec<Value> {
        if let Some(l) = Gc::<ListData>::from_value(v) {
            return l.snapshot();
        }
        if let Some(t) = Gc::<crate::objects::TupleData>::from_value(v) {
            return t.items.to_vec();
        }
        if let Some(b) = Gc::<crate::objects::InstanceData>::from_value(v) {
            return self.seq_items(b.base.get());
        }
        Vec::new()
    }
}
