//! Displays: list, tuple and set displays (with starred items, in chunks so that register
//! windows stay small however long the display) and dict displays (with `**`).

use super::bytecode::{Instr, Reg};
use super::codegen::Codegen;
use super::CompileError;
use rustpython_parser::ast::{self, Expr};

/// Elements of a display built from one register window; the rest are added one by one.
const DISPLAY_CHUNK: usize = 256;

impl<'a> Codegen<'a> {
    pub(super) fn sequence(
        &mut self,
        elts: &'a [Expr],
        dst: Reg,
        kind: Seq,
    ) -> Result<(), CompileError> {
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

    pub(super) fn dict(&mut self, d: &'a ast::ExprDict, dst: Reg) -> Result<(), CompileError> {
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
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Seq {
    List,
    Tuple,
    Set,
}
