//! Turns compiled [`CodeUnit`]s into heap code objects.

use crate::compiler::{CodeUnit, Const};
use crate::objects::{CodeData, Gc};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

impl Vm {
    /// Loads a code unit (and its nested units) into the heap.
    pub fn load_code(&mut self, unit: &CodeUnit) -> Gc<CodeData> {
        let consts: Vec<Value> = unit.consts.iter().map(|c| self.load_const(c)).collect();
        let names: Vec<Value> = unit.meta.names.iter().map(|n| self.intern(n)).collect();
        let varnames: Vec<Value> = unit.meta.varnames.iter().map(|n| self.intern(n)).collect();
        let n = unit.meta.instrs.len();
        self.alloc(
            self.types.code,
            CodeData {
                meta: unit.meta.clone(),
                consts: consts.into_boxed_slice(),
                names: names.into_boxed_slice(),
                varnames: varnames.into_boxed_slice(),
                loop_counts: (0..n).map(|_| Cell::new(0)).collect(),
                caches: (0..n).map(|_| Cell::new(Default::default())).collect(),
            },
        )
    }

    fn load_const(&mut self, c: &Const) -> Value {
        match c {
            Const::None => Value::NONE,
            Const::Bool(b) => Value::bool(*b),
            Const::Int(i) => self.int_from_big(i.clone()),
            Const::Float(f) => self.new_float(*f),
            Const::Str(s) => self.intern(s),
            Const::Ellipsis => Value::ELLIPSIS,
            Const::Tuple(items) => {
                let vals: Vec<Value> = items.iter().map(|c| self.load_const(c)).collect();
                self.new_tuple(vals)
            }
            Const::Code(u) => self.load_code(u).value(),
        }
    }
}
