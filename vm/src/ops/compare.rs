//! Comparisons, equality, membership and truth.
//!
//! `rich_compare` follows CPython: built-in types compare natively; with user classes the
//! reflected method of a right operand whose class is a subclass of the left's is tried
//! first, then `a.__op__(b)`, then `b.__reflected__(a)`; if all return NotImplemented,
//! `==`/`!=` fall back to identity and ordering raises TypeError.
//! Containers compare elements with an identity shortcut (`x is y` implies equal), as
//! CPython's do.

use super::float::as_float;
use super::int::{as_int, IntRef};
use crate::error::PyResult;
use crate::objects::typeobj::tflags;
use crate::objects::{Gc, Kind, ListData, TupleData};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};
use std::cmp::Ordering;

/// A comparison operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

impl CmpOp {
    /// Every operator, in the order of their bytecode immediates.
    pub const ALL: [CmpOp; 6] = [
        CmpOp::Lt,
        CmpOp::Le,
        CmpOp::Eq,
        CmpOp::Ne,
        CmpOp::Gt,
        CmpOp::Ge,
    ];

    /// The operator a bytecode immediate names (see [`CmpOp::ALL`]).
    #[inline]
    pub fn from_imm(i: u16) -> CmpOp {
        CmpOp::ALL[i as usize % 6]
    }

    /// The operator's symbol.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// The special method (`__lt__`).
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }

    /// The operator with operands swapped (`<` becomes `>`).
    pub fn reflected(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }

    /// Whether an ordering satisfies the operator.
    pub fn holds(self, o: Ordering) -> bool {
        match self {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        }
    }
}

/// Comparison of two small ints or two immediate floats.
#[inline(always)]
pub fn fast_compare(a: Value, b: Value, op: CmpOp) -> Option<bool> {
    if a.is_small_int() && b.is_small_int() {
        // Tagged words order like their values.
        let (x, y) = (a.raw() as i64, b.raw() as i64);
        return Some(match op {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
        });
    }
    let (x, y) = (a.as_imm_float()?, b.as_imm_float()?);
    Some(match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    })
}

/// Exact comparison of an int with a float (None if the float is NaN).
pub fn cmp_int_float(i: &IntRef, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let IntRef::Small(x) = i {
        if x.abs() < (1 << 53) {
            return (*x as f64).partial_cmp(&f);
        }
    }
    let big = i.to_big();
    let fl = f.floor();
    let fb = BigInt::from_f64(fl).expect("finite");
    Some(match big.as_ref().cmp(&fb) {
        Ordering::Equal if f > fl => Ordering::Less,
        o => o,
    })
}

impl Vm {
    /// `a op b` as a Python value.
    pub fn rich_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
        self.check_native_stack()?;
        if let Some(r) = self.builtin_compare(a, b, op)? {
            return Ok(Value::bool(r));
        }
        let (ca, cb) = (self.class_of(a), self.class_of(b));
        let refl = op.reflected();
        let mut reflected_done = false;
        if cb != ca && self.is_subclass(cb, ca) && cb.has(tflags::HEAPTYPE) {
            let name = self.intern_static(refl.dunder());
            if let Some(f) = self.lookup_type(cb, name) {
                let r = self.call_special(f, b, &[a])?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
                reflected_done = true;
            }
        }
        if let Some(r) = self.compare_dunder(a, b, op)? {
            return Ok(r);
        }
        if !reflected_done {
            if let Some(r) = self.compare_dunder(b, a, refl)? {
                return Ok(r);
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::bool(a == b)),
            CmpOp::Ne => Ok(Value::bool(a != b)),
            _ => {
                let (ta, tb) = (self.type_name(ca), self.type_name(cb));
                Err(self.type_error(format!(
                    "'{}' not supported between instances of '{ta}' and '{tb}'",
                    op.symbol()
                )))
            }
        }
    }

    /// Calls `a.__op__(b)` if `a`'s class defines it (in a user class); `None` for
    /// NotImplemented.
    fn compare_dunder(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Option<Value>> {
        let ca = self.class_of(a);
        if !ca.has(tflags::HEAPTYPE) {
            // A built-in `a` against an instance of a user class: the built-in's own
            // method decides when `b` derives from a compatible built-in
            // (`{} == DictSubclass()` after the subclass's __eq__ declined).
            return Ok(self.native_compare(a, b, op)?.map(Value::bool));
        }
        let name = self.intern_static(op.dunder());
        if let Some(f) = self.lookup_type(ca, name) {
            let r = self.call_special(f, a, &[b])?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        } else if op == CmpOp::Ne {
            // object.__ne__ inverts __eq__.
            if let Some(f) = self.lookup_type(ca, self.names.eq) {
                let r = self.call_special(f, a, &[b])?;
                if r != Value::NOT_IMPLEMENTED {
                    let t = self.truthy(r)?;
                    return Ok(Some(Value::bool(!t)));
                }
            }
        }
        Ok(None)
    }

    /// Comparison of built-in values; `None` when a user class must decide (or the types
    /// are not comparable natively).
    fn builtin_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Option<bool>> {
        let (ca, cb) = (self.class_of(a), self.class_of(b));
        if ca.has(tflags::HEAPTYPE) || cb.has(tflags::HEAPTYPE) {
            return Ok(None);
        }
        match self.native_compare(a, b, op)? {
            Some(r) => Ok(Some(r)),
            None => Ok(self.identity_eq(a, b, op)),
        }
    }

    /// The built-in comparison of two values whose built-in types are comparable
    /// (instances of subclasses included); `None` when the built-in methods return
    /// NotImplemented.
    fn native_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Option<bool>> {
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            let o = match (&x, &y) {
                (IntRef::Small(p), IntRef::Small(q)) => p.cmp(q),
                _ => x.to_big().as_ref().cmp(y.to_big().as_ref()),
            };
            return Ok(Some(op.holds(o)));
        }
        let (fa, fb) = (as_float(a), as_float(b));
        if fa.is_some() || fb.is_some() {
            let o = match (fa, fb, as_int(a), as_int(b)) {
                (Some(x), Some(y), _, _) => x.partial_cmp(&y),
                (Some(x), None, _, Some(j)) => cmp_int_float(&j, x).map(Ordering::reverse),
                (None, Some(y), Some(i), _) => cmp_int_float(&i, y),
                _ => return Ok(None),
            };
            return Ok(Some(match o {
                Some(o) => op.holds(o),
                None => op == CmpOp::Ne,
            }));
        }
        if let (Some(x), Some(y)) = (super::as_str(a), super::as_str(b)) {
            return Ok(Some(op.holds(x.cmp(y))));
        }
        for k in [Kind::List, Kind::Tuple] {
            if let (Some(x), Some(y)) = (super::unwrap_kind(a, k), super::unwrap_kind(b, k)) {
                return self.compare_sequences(x, y, op).map(Some);
            }
        }
        if self.is_any_set(a) && self.is_any_set(b) {
            return self.compare_sets(a, b, op).map(Some);
        }
        let setlike_view = |v: Value| {
            Gc::<crate::objects::DictViewData>::from_value(v)
                .is_some_and(|d| d.part != crate::objects::iter::DictPart::Values)
        };
        if (setlike_view(a) || setlike_view(b))
            && (setlike_view(a) || self.is_any_set(a))
            && (setlike_view(b) || self.is_any_set(b))
        {
            let x = self.make_set(a, false)?;
            let y = self.with_roots(&[x], |vm| vm.make_set(b, false))?;
            return self
                .with_roots(&[x, y], |vm| vm.compare_sets(x, y, op))
                .map(Some);
        }
        if let (Some(x), Some(y)) = (
            super::unwrap_kind(a, Kind::Dict),
            super::unwrap_kind(b, Kind::Dict),
        ) {
            if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                let eq = self.dicts_equal(x, y)?;
                return Ok(Some(eq == (op == CmpOp::Eq)));
            }
            return Ok(None);
        }
        if matches!(op, CmpOp::Eq | CmpOp::Ne) {
            if let Some(eq) = self.builtin_identity_objects_eq(a, b)? {
                return Ok(Some(eq == (op == CmpOp::Eq)));
            }
        }
        if let (Some(x), Some(y)) = (
            super::unwrap_kind(a, Kind::Range),
            super::unwrap_kind(b, Kind::Range),
        ) {
            if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                let eq = self.ranges_equal(x, y);
                return Ok(Some(eq == (op == CmpOp::Eq)));
            }
        }
        Ok(None)
    }

    /// Native comparison of built-in values (no user classes involved).
    pub fn builtin_compare_pub(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Option<bool>> {
        let r = self.builtin_compare(a, b, op)?;
        if matches!(op, CmpOp::Eq | CmpOp::Ne)
            && r.is_some()
            && self.class_of(a) != self.class_of(b)
        {
            let numeric = |v: Value| as_int(v).is_some() || as_float(v).is_some();
            if !(numeric(a) && numeric(b)) && a != b {
                return Ok(None);
            }
        }
        Ok(r)
    }

    /// Equality of bound methods (same function, same receiver) and slices (equal parts).
    fn builtin_identity_objects_eq(&mut self, a: Value, b: Value) -> PyResult<Option<bool>> {
        use crate::objects::{BoundMethodData, BuiltinData, SliceData};
        if let (Some(x), Some(y)) = (
            Gc::<BoundMethodData>::from_value(a),
            Gc::<BoundMethodData>::from_value(b),
        ) {
            return Ok(Some(x.func == y.func && x.receiver == y.receiver));
        }
        if let (Some(x), Some(y)) = (
            Gc::<BuiltinData>::from_value(a),
            Gc::<BuiltinData>::from_value(b),
        ) {
            return Ok(Some(
                x.func as usize == y.func as usize && x.bound == y.bound && x.name == y.name,
            ));
        }
        if let (Some(x), Some(y)) = (
            Gc::<SliceData>::from_value(a),
            Gc::<SliceData>::from_value(b),
        ) {
            let (p, q) = (
                self.new_tuple(vec![x.start, x.stop, x.step]),
                self.new_tuple(vec![y.start, y.stop, y.step]),
            );
            return self
                .with_roots(&[p, q], |vm| vm.compare_sequences(p, q, CmpOp::Eq))
                .map(Some);
        }
        Ok(None)
    }

    fn identity_eq(&self, a: Value, b: Value, op: CmpOp) -> Option<bool> {
        match op {
            CmpOp::Eq => Some(a == b),
            CmpOp::Ne => Some(a != b),
            _ => None,
        }
    }

    fn compare_sequences(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<bool> {
        let (x, y) = (self.seq_items(a), self.seq_items(b));
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
            return Ok(op == CmpOp::Ne);
        }
        let roots: Vec<Value> = x.iter().chain(y.iter()).copied().collect();
        self.with_roots(&roots, |vm| {
            for i in 0..x.len().min(y.len()) {
                if !vm.eq(x[i], y[i])? {
                    return match op {
                        CmpOp::Eq => Ok(false),
                        CmpOp::Ne => Ok(true),
                        _ => {
                            let r = vm.rich_compare(x[i], y[i], op)?;
                            vm.truthy(r)
                        }
                    };
                }
            }
            Ok(op.holds(x.len().cmp(&y.len())))
        })
    }

    fn ranges_equal(&self, a: Value, b: Value) -> bool {
        let (x, y) = (
            Gc::<crate::objects::RangeData>::from_value(a).expect("range"),
            Gc::<crate::objects::RangeData>::from_value(b).expect("range"),
        );
        let (lx, ly) = (x.len(), y.len());
        lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
    }

    /// `a == b` as a bool, with the identity shortcut used by containers.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b {
            return Ok(true);
        }
        if let Some(r) = self.native_eq(a, b) {
            return Ok(r);
        }
        let r = self.rich_compare(a, b, CmpOp::Eq)?;
        self.truthy(r)
    }

    /// Equality decided without running Python code, when possible.
    pub fn native_eq(&self, a: Value, b: Value) -> Option<bool> {
        if a == b {
            return Some(true);
        }
        if let Some(r) = fast_compare(a, b, CmpOp::Eq) {
            return Some(r);
        }
        let (ca, cb) = (self.class_of(a), self.class_of(b));
        if ca.has(tflags::HEAPTYPE) || cb.has(tflags::HEAPTYPE) {
            return None;
        }
        if let (Some(x), Some(y)) = (super::as_str(a), super::as_str(b)) {
            return Some(x == y);
        }
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            return Some(x.to_big() == y.to_big());
        }
        let (fa, fb) = (as_float(a), as_float(b));
        if fa.is_some() || fb.is_some() {
            return match (fa, fb, as_int(a), as_int(b)) {
                (Some(x), Some(y), _, _) => Some(x == y),
                (Some(x), None, _, Some(j)) | (None, Some(x), Some(j), _) => {
                    Some(cmp_int_float(&j, x) == Some(Ordering::Equal))
                }
                _ => Some(false),
            };
        }
        if let (Some(x), Some(y)) = (
            Gc::<TupleData>::from_value(a),
            Gc::<TupleData>::from_value(b),
        ) {
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                if !self.native_eq(*p, *q)? {
                    return Some(false);
                }
            }
            return Some(true);
        }
        let builtin_identity_kinds = [
            Kind::Function,
            Kind::Type,
            Kind::Builtin,
            Kind::Module,
            Kind::Code,
            Kind::Generator,
        ];
        if let Some(k) = crate::objects::kind_of(a) {
            if builtin_identity_kinds.contains(&k) {
                return Some(false);
            }
        }
        if a.is_const() || b.is_const() {
            return Some(false);
        }
        None
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        let cls = self.class_of(container);
        if cls.has(tflags::HEAPTYPE) {
            if let Some(f) = self.lookup_type(cls, self.names.contains) {
                if f.is_none() {
                    // `__contains__ = None` blocks the protocol.
                    let n = self.type_name(cls);
                    return Err(self.type_error(format!("'{n}' object is not a container")));
                }
                let r = self.call_special(f, container, &[item])?;
                return self.truthy(r);
            }
        }
        self.builtin_contains(container, item)
    }

    /// `item in container` for built-in containers (and iteration for other iterables).
    pub fn builtin_contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        self.check_native_stack()?;
        let container = match Gc::<crate::objects::InstanceData>::from_value(container) {
            Some(i) if !i.base.get().is_unbound() => i.base.get(),
            _ => container,
        };
        if let Some(l) = Gc::<ListData>::from_value(container) {
            let mut i = 0;
            while let Some(x) = l.get(i) {
                if self.eq(x, item)? {
                    return Ok(true);
                }
                i += 1;
            }
            return Ok(false);
        }
        if let Some(t) = Gc::<TupleData>::from_value(container) {
            for i in 0..t.items.len() {
                if self.eq(t.items[i], item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(s) = Gc::<crate::objects::StrData>::from_value(container) {
            return match super::as_str(item) {
                Some(sub) => Ok(s.as_str().contains(sub)),
                None => {
                    let n = self.type_name_of(item);
                    Err(self.type_error(format!(
                        "'in <string>' requires string as left operand, not {n}"
                    )))
                }
            };
        }
        if let Some(d) = Gc::<crate::objects::DictData>::from_value(container) {
            return Ok(self.dict_get(d, item)?.is_some());
        }
        if let Some(s) = Gc::<crate::objects::SetData>::from_value(container) {
            return self.set_contains(s, item);
        }
        if let Some(r) = Gc::<crate::objects::RangeData>::from_value(container) {
            if let Some(i) = as_int(item).filter(|_| !self.class_of(item).has(tflags::HEAPTYPE)) {
                let Some(x) = i.to_big().to_i128() else {
                    return Ok(false);
                };
                let (start, stop, step) = (r.start, r.stop, r.step);
                let inside = if step > 0 {
                    start <= x && x < stop
                } else {
                    stop < x && x <= start
                };
                return Ok(inside && (x - start) % step == 0);
            }
        }
        if let Some(v) = Gc::<crate::objects::DictViewData>::from_value(container) {
            return self.dict_view_contains(v, item);
        }
        let cls = self.class_of(container);
        let iterable = crate::objects::is_kind(container, Kind::Range)
            || crate::objects::is_kind(container, Kind::Iter)
            || crate::objects::is_kind(container, Kind::Generator)
            || self.lookup_type(cls, self.names.iter).is_some()
            || self.lookup_type(cls, self.names.getitem).is_some();
        if !iterable {
            let n = self.type_name(cls);
            return Err(self.type_error(format!("argument of type '{n}' is not iterable")));
        }
        let it = self.get_iter(container)?;
        self.with_roots(&[it], |vm| {
            while let Some(x) = vm.iter_next(it)? {
                if vm.eq(x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        })
    }

    /// Python truth value.
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        if v == Value::TRUE {
            return Ok(true);
        }
        if v == Value::FALSE || v == Value::NONE {
            return Ok(false);
        }
        if let Some(i) = v.as_small_int() {
            return Ok(i != 0);
        }
        if let Some(f) = v.as_imm_float() {
            return Ok(f != 0.0);
        }
        let cls = self.class_of(v);
        if !cls.has(tflags::HEAPTYPE) {
            if let Some(n) = self.builtin_len(v) {
                return Ok(n > 0);
            }
            if let Some(f) = as_float(v) {
                return Ok(f != 0.0);
            }
            return Ok(true);
        }
        if let Some(f) = self.lookup_type(cls, self.names.bool_) {
            let r = self.call_special(f, v, &[])?;
            if !r.is_bool() {
                let n = self.type_name_of(r);
                return Err(self.type_error(format!("__bool__ should return bool, returned {n}")));
            }
            return Ok(r == Value::TRUE);
        }
        if let Some(f) = self.lookup_type(cls, self.names.len) {
            let r = self.call_special(f, v, &[])?;
            let n = self.len_result(r)?;
            return Ok(n > 0);
        }
        if let Some(b) = Gc::<crate::objects::InstanceData>::from_value(v) {
            let base = b.base.get();
            if !base.is_unbound() {
                return self.truthy(base);
            }
        }
        Ok(true)
    }

    /// `a > b` as a bool (for max).
    pub fn gt(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let Some(r) = fast_compare(a, b, CmpOp::Gt) {
            return Ok(r);
        }
        let r = self.rich_compare(a, b, CmpOp::Gt)?;
        self.truthy(r)
    }

    /// `a < b` as a bool (for sorting and min).
    pub fn lt(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let Some(r) = fast_compare(a, b, CmpOp::Lt) {
            return Ok(r);
        }
        let r = self.rich_compare(a, b, CmpOp::Lt)?;
        self.truthy(r)
    }
}

/// Sequence length helper for big ints in ranges.
pub fn to_i64_saturating(i: &IntRef) -> i64 {
    i.to_i64()
        .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX })
}
