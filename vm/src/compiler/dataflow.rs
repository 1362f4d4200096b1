//! Removal of redundant unbound-local checks.
//!
//! Reading a local variable that has not been assigned raises UnboundLocalError, so the
//! code generator puts a CHECK_BOUND before every read of a local. Most are redundant: the
//! variable is a parameter, or assigned on every path to the read. A forward
//! definite-assignment analysis over the instructions (a must-analysis: the state at an
//! instruction is the intersection of the states of its predecessors; exception edges go from
//! every protected instruction to its handler) finds them, and they are deleted, with jump
//! targets, the exception table and the line table renumbered.
//!
//! ```text
//! def f(a):            CHECK_BOUND r0 'a'   <- removed: a parameter
//!     if a: b = 1      ...
//!     return b         CHECK_BOUND r1 'b'   <- kept: b is unassigned when a is false
//! ```

use super::bytecode::{Access, Instr};
use crate::objects::code::CodeMeta;

type Bits = Vec<u64>;

fn set(b: &mut Bits, i: usize) {
    b[i / 64] |= 1 << (i % 64);
}

fn clear(b: &mut Bits, i: usize) {
    b[i / 64] &= !(1 << (i % 64));
}

fn has(b: &Bits, i: usize) -> bool {
    b[i / 64] & (1 << (i % 64)) != 0
}

/// Deletes CHECK_BOUND instructions that can never fail.
pub fn remove_redundant_checks(meta: &mut CodeMeta) {
    let nlocals = meta.varnames.len();
    let n = meta.instrs.len();
    if nlocals == 0
        || !meta
            .instrs
            .iter()
            .any(|i| matches!(i, Instr::CheckBound { .. }))
    {
        return;
    }
    let words = nlocals.div_ceil(64);
    let top: Bits = vec![u64::MAX; words];
    let mut entry: Vec<Bits> = vec![top; n + 1];
    let mut start = vec![0u64; words];
    for p in 0..meta.total_params() {
        set(&mut start, p);
    }
    entry[0] = start;
    let mut preds_exc: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
    for e in &meta.exc_table {
        for pc in e.start..e.end {
            preds_exc[e.handler as usize].push(pc as usize);
        }
    }
    let mut changed = true;
    while changed {
        changed = false;
        for pc in 0..n {
            let mut state = entry[pc].clone();
            for &p in &preds_exc[pc] {
                for w in 0..words {
                    state[w] &= entry[p][w];
                }
            }
            let before = state.clone();
            let instr = meta.instrs[pc];
            if let Instr::DeleteFast { reg, .. } = instr {
                clear(&mut state, reg as usize);
            } else {
                instr.visit_regs(&mut |r, a| {
                    if a == Access::Write && (r as usize) < nlocals {
                        set(&mut state, r as usize);
                    }
                });
            }
            let flow = |target: usize, state: &Bits, entry: &mut Vec<Bits>| {
                let mut c = false;
                for w in 0..words {
                    let v = entry[target][w] & state[w];
                    if v != entry[target][w] {
                        entry[target][w] = v;
                        c = true;
                    }
                }
                c
            };
            if !instr.ends_block() && pc < n {
                changed |= flow(pc + 1, &state, &mut entry);
            }
            if let Some(t) = instr.jump_target() {
                // FOR_ITER's exhaustion jump does not write the loop variable.
                let s = if matches!(instr, Instr::ForIter { .. }) {
                    &before
                } else {
                    &state
                };
                changed |= flow(t as usize, s, &mut entry);
            }
        }
    }
    let mut keep = vec![true; n];
    for pc in 0..n {
        if let Instr::CheckBound { reg, .. } = meta.instrs[pc] {
            let mut state = entry[pc].clone();
            for &p in &preds_exc[pc] {
                for w in 0..words {
                    state[w] &= entry[p][w];
                }
            }
            if has(&state, reg as usize) {
                keep[pc] = false;
            }
        }
    }
    compact(meta, &keep);
}

/// Drops the instructions not kept, renumbering jumps, exception ranges and lines.
fn compact(meta: &mut CodeMeta, keep: &[bool]) {
    let n = keep.len();
    let mut new_index = vec![0u32; n + 1];
    let mut k = 0u32;
    for pc in 0..n {
        new_index[pc] = k;
        if keep[pc] {
            k += 1;
        }
    }
    new_index[n] = k;
    let mut instrs = Vec::with_capacity(k as usize);
    let mut lines = Vec::with_capacity(k as usize);
    for (pc, _) in keep.iter().enumerate().filter(|(_, k)| **k) {
        let mut i = meta.instrs[pc];
        if let Some(t) = i.jump_target_mut() {
            *t = new_index[*t as usize];
        }
        instrs.push(i);
        lines.push(meta.lines[pc]);
    }
    for e in &mut meta.exc_table {
        e.start = new_index[e.start as usize];
        e.end = new_index[e.end as usize];
        e.handler = new_index[e.handler as usize];
    }
    meta.exc_table.retain(|e| e.start < e.end);
    meta.instrs = instrs;
    meta.lines = lines;
}
