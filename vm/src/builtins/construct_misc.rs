//! `reversed()`, `range()` and `super()` objects.

use crate::error::PyResult;
use crate::objects::iter::IterState;
use crate::objects::typeobj::tflags;
use crate::objects::{DictData, Gc, Kind, RangeData, SuperData, TypeData};
use crate::value::Value;
use crate::vm::Vm;
use num_traits::ToPrimitive;

impl Vm {
    /// `reversed(seq)`.
    pub fn reversed(&mut self, seq: Value) -> PyResult<Value> {
        let cls = self.class_of(seq);
        if cls.has(tflags::HEAPTYPE) {
            if let Some(f) = self.lookup_type(cls, self.names.reversed) {
                if f.is_none() {
                    // `__reversed__ = None` blocks the protocol.
                    let n = self.type_name(cls);
                    return Err(self.type_error(format!("'{n}' object is not reversible")));
                }
                return self.call_special(f, seq, &[]);
            }
        }
        match crate::objects::kind_of(seq) {
            Some(Kind::List) | Some(Kind::Tuple) | Some(Kind::Str) => {
                let n = self.builtin_len(seq).expect("sized") as isize;
                let c = if crate::objects::is_kind(seq, Kind::List) {
                    self.types.list_reverseiterator
                } else {
                    self.types.reversed
                };
                return Ok(self.new_iter(c, IterState::ReversedSeq { seq, next: n - 1 }));
            }
            Some(Kind::Range) => {
                let r = Gc::<RangeData>::from_value(seq).expect("range");
                let n = r.len();
                let (start, step) = (r.item(n - 1), -r.step);
                let stop = start + step * n;
                return Ok(self.new_iter(
                    self.types.range_iterator,
                    IterState::Range {
                        next: start,
                        stop,
                        step,
                    },
                ));
            }
            Some(Kind::Dict) | Some(Kind::DictView) => {
                let (d, part) = match Gc::<crate::objects::DictViewData>::from_value(seq) {
                    Some(v) => (v.dict, v.part),
                    None => (seq, crate::objects::iter::DictPart::Keys),
                };
                let dd = Gc::<DictData>::from_value(d).expect("dict");
                let (end, len) = (dd.table.borrow().entries_end(), dd.len());
                let cls = match part {
                    crate::objects::iter::DictPart::Keys => self.types.dict_reversekeyiterator,
                    crate::objects::iter::DictPart::Values => self.types.dict_reversevalueiterator,
                    crate::objects::iter::DictPart::Items => self.types.dict_reverseitemiterator,
                };
                return Ok(self.new_iter(
                    cls,
                    IterState::DictReversed {
                        dict: d,
                        end,
                        part,
                        len,
                    },
                ));
            }
            _ => {}
        }
        if let Some(f) = self.lookup_type(cls, self.names.reversed) {
            return self.call_special(f, seq, &[]);
        }
        // The sequence protocol, for user classes (the built-in sequences are handled above).
        let indexable = match self.lookup_type(cls, self.names.getitem) {
            Some(f) if self.is_builtin_slot(f) => [Kind::List, Kind::Tuple, Kind::Str]
                .into_iter()
                .any(|k| crate::ops::unwrap_kind(seq, k).is_some()),
            found => found.is_some(),
        };
        if cls.has(tflags::HEAPTYPE) && indexable && self.lookup_type(cls, self.names.len).is_some()
        {
            let n = self.len(seq)? as i64;
            return Ok(self.new_iter(
                self.types.reversed,
                IterState::GetItem {
                    obj: seq,
                    index: n - 1,
                    step: -1,
                },
            ));
        }
        let n = self.type_name(cls);
        Err(self.type_error(format!("'{n}' object is not reversible")))
    }

    pub(super) fn construct_range(&mut self, pos: &[Value]) -> PyResult<Value> {
        if pos.is_empty() {
            return Err(self.type_error("range expected at least 1 argument, got 0"));
        }
        if pos.len() > 3 {
            return Err(self.type_error(format!(
                "range expected at most 3 arguments, got {}",
                pos.len()
            )));
        }
        let mut vals = [0i128; 3];
        for (i, &p) in pos.iter().enumerate() {
            let idx = self.to_index(p)?;
            vals[i] = match idx
                .to_big()
                .to_i128()
                .filter(|x| x.unsigned_abs() < (1u128 << 100))
            {
                Some(x) => x,
                None => return Err(self.unsupported("ranges with bounds beyond 100-bit integers")),
            };
        }
        let (start, stop, step) = match pos.len() {
            1 => (0, vals[0], 1),
            2 => (vals[0], vals[1], 1),
            _ => (vals[0], vals[1], vals[2]),
        };
        if step == 0 {
            return Err(self.value_error("range() arg 3 must not be zero"));
        }
        Ok(self
            .alloc(self.types.range, RangeData { start, stop, step })
            .value())
    }

    pub(super) fn construct_super(&mut self, pos: &[Value]) -> PyResult<Value> {
        let (this, obj) = match pos.len() {
            0 => self.zero_arg_super()?,
            1 => (pos[0], Value::UNBOUND),
            2 => (pos[0], pos[1]),
            n => {
                return Err(
                    self.type_error(format!("super() takes at most 2 arguments ({n} given)"))
                )
            }
        };
        let Some(this_t) = Gc::<TypeData>::from_value(this) else {
            let n = self.type_name_of(this);
            return Err(self.type_error(format!("super() argument 1 must be a type, not {n}")));
        };
        let obj_type = if obj.is_unbound() {
            Value::UNBOUND
        } else if let Some(t) =
            Gc::<TypeData>::from_value(obj).filter(|t| self.is_subclass(*t, this_t))
        {
            t.value()
        } else {
            let c = self.class_of(obj);
            if !self.is_subclass(c, this_t) {
                return Err(
                    self.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
            c.value()
        };
        Ok(self
            .alloc(
                self.types.super_,
                SuperData {
                    this_class: this,
                    obj,
                    obj_type,
                },
            )
            .value())
    }

    /// `super()` with no arguments: the `__class__` cell and first argument of the caller.
    fn zero_arg_super(&mut self) -> PyResult<(Value, Value)> {
        let Some(frame) = self.frames.last() else {
            return Err(self.runtime_error("super(): no arguments"));
        };
        let code = frame.code;
        let base = frame.base;
        if code.meta.argcount == 0 && code.meta.flags & crate::objects::code::flags::VARARGS == 0 {
            return Err(self.runtime_error("super(): no arguments"));
        }
        let Some(j) = code.meta.freevars.iter().position(|n| n == "__class__") else {
            return Err(self.runtime_error("super(): __class__ cell not found"));
        };
        let cell = self.stack[base + code.meta.varnames.len() + j];
        let cls = Gc::<crate::objects::CellData>::from_value(cell)
            .map(|c| c.value.get())
            .unwrap_or(Value::UNBOUND);
        if cls.is_unbound() {
            return Err(self.runtime_error("super(): empty __class__ cell"));
        }
        let mut first = self.stack[base];
        if let Some(c) = Gc::<crate::objects::CellData>::from_value(first) {
            if code.meta.cellvars.first() == code.meta.varnames.first() {
                first = c.value.get();
            }
        }
        if first.is_unbound() {
            return Err(self.runtime_error("super(): arg[0] deleted"));
        }
        Ok((cls, first))
    }
}
