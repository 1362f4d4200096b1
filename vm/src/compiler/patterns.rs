//! `match` statements: structural pattern matching compiled to tests and jumps.
//!
//! The subject is evaluated once into a register. Each case compiles its pattern into
//! straight-line tests, every failing test jumping to the next case (the jumps are
//! collected in `fails` and patched there); captures are stored as soon as their
//! sub-pattern matched. Three instructions do the type-dependent work: MATCH_SEQ (is the
//! subject a sequence of the right length), MATCH_MAP (a mapping with these keys: their
//! values, or None) and MATCH_CLASS (an instance of the class: the attributes the
//! sub-patterns look at, or None); their results are unpacked into registers with the
//! ordinary UNPACK instructions and matched recursively. CPython's compile-time checks
//! (unreachable cases, names bound twice or differently by alternatives, repeated keys
//! and attributes) are SyntaxErrors here too.

use super::bytecode::{Instr, Reg, NO_REG};
use super::codegen::Codegen;
use super::errors::CompileError;
use super::Const;
use rustpython_parser::ast::{self, Pattern, Ranged};

/// Index of `==` in `CmpOp::ALL` (the operand of JUMP_UNLESS_CMP).
const EQ: u16 = 2;

impl<'a> Codegen<'a> {
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> Result<(), CompileError> {
        let subj = self.unit().temp();
        self.expr_to(&m.subject, subj)?;
        let mut ends = Vec::new();
        for (i, case) in m.cases.iter().enumerate() {
            let last = i + 1 == m.cases.len();
            if !last && case.guard.is_none() {
                if let Some(msg) = unreachable_after(&case.pattern) {
                    return Err(self.pattern_error(msg, &case.pattern));
                }
            }
            let mut names = Vec::new();
            self.check_names(&case.pattern, &mut names)?;
            let line = self.line_of(&case.pattern);
            let saved = self.unit().set_line(line);
            let mark = self.unit().mark();
            let mut fails = Vec::new();
            self.pattern(&case.pattern, subj, &mut fails)?;
            self.unit().free_to(mark);
            self.unit().set_line(saved);
            if let Some(g) = &case.guard {
                fails.push(self.jump_unless(g)?);
            }
            self.stmts(&case.body)?;
            if !last {
                ends.push(self.emit(Instr::Jump { target: 0 }));
            }
            for f in fails {
                self.unit().patch_here(f);
            }
        }
        for e in ends {
            self.unit().patch_here(e);
        }
        self.unit().free_to(subj);
        Ok(())
    }

    fn pattern_error(&self, msg: String, p: &Pattern) -> CompileError {
        CompileError::syntax(msg, self.loc(p.range().start()))
    }

    /// Compiles `p` against the value in `subj`; failing tests are pushed to `fails`.
    fn pattern(
        &mut self,
        p: &'a Pattern,
        subj: Reg,
        fails: &mut Vec<usize>,
    ) -> Result<(), CompileError> {
        match p {
            Pattern::MatchValue(v) => {
                let value = self.expr_any(&v.value)?;
                fails.push(self.emit(Instr::JumpUnlessCmp {
                    a: subj,
                    b: value,
                    op: EQ,
                    target: 0,
                }));
            }
            Pattern::MatchSingleton(s) => {
                let k = match s.value {
                    ast::Constant::Bool(b) => Const::Bool(b),
                    _ => Const::None,
                };
                let k = self.unit().konst(k);
                let t = self.unit().temp();
                self.emit(Instr::LoadConst { dst: t, k });
                self.emit(Instr::Is {
                    dst: t,
                    a: subj,
                    b: t,
                });
                fails.push(self.emit(Instr::JumpIfFalse { cond: t, target: 0 }));
            }
            Pattern::MatchSequence(s) => self.sequence_pattern(&s.patterns, subj, fails)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(m, subj, fails)?,
            Pattern::MatchClass(c) => self.class_pattern(c, subj, fails)?,
            Pattern::MatchStar(_) => {
                return Err(self.pattern_error("can't use starred name here".into(), p))
            }
            Pattern::MatchAs(a) => {
                if let Some(q) = &a.pattern {
                    self.pattern(q, subj, fails)?;
                }
                if let Some(n) = &a.name {
                    self.store_name(n.as_str(), subj);
                }
            }
            Pattern::MatchOr(o) => {
                let mut oks = Vec::new();
                for (i, alt) in o.patterns.iter().enumerate() {
                    if i + 1 == o.patterns.len() {
                        self.pattern(alt, subj, fails)?;
                    } else {
                        let mut alt_fails = Vec::new();
                        self.pattern(alt, subj, &mut alt_fails)?;
                        oks.push(self.emit(Instr::Jump { target: 0 }));
                        for f in alt_fails {
                            self.unit().patch_here(f);
                        }
                    }
                }
                for ok in oks {
                    self.unit().patch_here(ok);
                }
            }
        }
        Ok(())
    }

    fn sequence_pattern(
        &mut self,
        patterns: &'a [Pattern],
        subj: Reg,
        fails: &mut Vec<usize>,
    ) -> Result<(), CompileError> {
        let star = patterns
            .iter()
            .position(|q| matches!(q, Pattern::MatchStar(_)));
        let fixed = patterns.len() - star.is_some() as usize;
        let t = self.unit().temp();
        self.emit(Instr::MatchSeq {
            dst: t,
            src: subj,
            count: fixed as u16,
            star: star.is_some() as u16,
        });
        fails.push(self.emit(Instr::JumpIfFalse { cond: t, target: 0 }));
        if patterns.is_empty() {
            return Ok(());
        }
        let base = self.unit().temps(patterns.len() as u16);
        match star {
            None => self.emit(Instr::UnpackSeq {
                dst: base,
                src: subj,
                count: fixed as u16,
            }),
            Some(i) => self.emit(Instr::UnpackEx {
                dst: base,
                src: subj,
                before: i as u16,
                after: (fixed - i) as u16,
            }),
        };
        for (j, q) in patterns.iter().enumerate() {
            let r = base + j as Reg;
            match q {
                Pattern::MatchStar(s) => {
                    if let Some(n) = &s.name {
                        self.store_name(n.as_str(), r);
                    }
                }
                _ => self.pattern(q, r, fails)?,
            }
        }
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        subj: Reg,
        fails: &mut Vec<usize>,
    ) -> Result<(), CompileError> {
        let n = m.keys.len();
        let kbase = self.unit().temps(n.max(1) as u16);
        for (i, k) in m.keys.iter().enumerate() {
            self.expr_to(k, kbase + i as Reg)?;
        }
        let keys = self.unit().temp();
        self.emit(Instr::BuildTuple {
            dst: keys,
            base: kbase,
            count: n as u16,
        });
        let t = self.unit().temp();
        let rest = m.rest.is_some() as usize;
        self.emit(Instr::MatchMap {
            dst: t,
            src: subj,
            keys,
            rest: rest as u16,
        });
        fails.push(self.emit(Instr::JumpIfNone { src: t, target: 0 }));
        let base = self.unpack_and_match(t, &m.patterns, rest, fails)?;
        if let Some(name) = &m.rest {
            self.store_name(name.as_str(), base + n as Reg);
        }
        Ok(())
    }

    fn class_pattern(
        &mut self,
        c: &'a ast::PatternMatchClass,
        subj: Reg,
        fails: &mut Vec<usize>,
    ) -> Result<(), CompileError> {
        let cls = self.expr_any(&c.cls)?;
        let names = if c.kwd_attrs.is_empty() {
            NO_REG
        } else {
            let strs = c.kwd_attrs.iter().map(|a| Const::Str(a.to_string()));
            let k = self.unit().konst(Const::Tuple(strs.collect()));
            let r = self.unit().temp();
            self.emit(Instr::LoadConst { dst: r, k });
            r
        };
        let t = self.unit().temp();
        self.emit(Instr::MatchClass {
            dst: t,
            src: subj,
            cls,
            npos: c.patterns.len() as u16,
            names,
        });
        fails.push(self.emit(Instr::JumpIfNone { src: t, target: 0 }));
        let base = self.unpack_and_match(t, &c.patterns, c.kwd_patterns.len(), fails)?;
        for (i, q) in c.kwd_patterns.iter().enumerate() {
            self.pattern(q, base + (c.patterns.len() + i) as Reg, fails)?;
        }
        Ok(())
    }

    /// Unpacks the tuple in `t` (the values for `patterns`, then `extra` more) into fresh
    /// registers from the returned base and matches `patterns` against the first ones.
    fn unpack_and_match(
        &mut self,
        t: Reg,
        patterns: &'a [Pattern],
        extra: usize,
        fails: &mut Vec<usize>,
    ) -> Result<Reg, CompileError> {
        let count = patterns.len() + extra;
        let base = self.unit().temps(count.max(1) as u16);
        if count > 0 {
            self.emit(Instr::UnpackSeq {
                dst: base,
                src: t,
                count: count as u16,
            });
        }
        for (i, q) in patterns.iter().enumerate() {
            self.pattern(q, base + i as Reg, fails)?;
        }
        Ok(base)
    }

    /// CPython's name checks: no name bound twice, alternatives binding the same names,
    /// one starred name per sequence, no repeated mapping keys or class attributes.
    fn check_names(&self, p: &Pattern, names: &mut Vec<String>) -> Result<(), CompileError> {
        let bind = |names: &mut Vec<String>, n: &ast::Identifier| {
            if names.iter().any(|x| x == n.as_str()) {
                return Err(self.pattern_error(
                    format!("multiple assignments to name '{}' in pattern", n.as_str()),
                    p,
                ));
            }
            names.push(n.to_string());
            Ok(())
        };
        match p {
            Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => {
                let stars = s
                    .patterns
                    .iter()
                    .filter(|q| matches!(q, Pattern::MatchStar(_)))
                    .count();
                if stars > 1 {
                    return Err(
                        self.pattern_error("multiple starred names in sequence pattern".into(), p)
                    );
                }
                for q in &s.patterns {
                    self.check_names(q, names)?;
                }
            }
            Pattern::MatchMapping(m) => {
                let mut seen: Vec<String> = Vec::new();
                for k in &m.keys {
                    if let ast::Expr::Constant(c) = k {
                        let key = constant_repr(&c.value);
                        if seen.contains(&key) {
                            return Err(self.pattern_error(
                                format!("mapping pattern checks duplicate key ({key})"),
                                p,
                            ));
                        }
                        seen.push(key);
                    }
                }
                for q in &m.patterns {
                    self.check_names(q, names)?;
                }
                if let Some(r) = &m.rest {
                    bind(names, r)?;
                }
            }
            Pattern::MatchClass(c) => {
                for (i, a) in c.kwd_attrs.iter().enumerate() {
                    if c.kwd_attrs[..i].contains(a) {
                        return Err(self.pattern_error(
                            format!("attribute name repeated in class pattern: {}", a.as_str()),
                            p,
                        ));
                    }
                }
                for q in c.patterns.iter().chain(&c.kwd_patterns) {
                    self.check_names(q, names)?;
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    bind(names, n)?;
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(q) = &a.pattern {
                    self.check_names(q, names)?;
                }
                if let Some(n) = &a.name {
                    bind(names, n)?;
                }
            }
            Pattern::MatchOr(o) => {
                let mut first: Option<Vec<String>> = None;
                for (i, alt) in o.patterns.iter().enumerate() {
                    if i + 1 < o.patterns.len() {
                        if let Some(msg) = unreachable_after(alt) {
                            return Err(self.pattern_error(msg, alt));
                        }
                    }
                    let mut alt_names = Vec::new();
                    self.check_names(alt, &mut alt_names)?;
                    alt_names.sort();
                    match &first {
                        None => first = Some(alt_names),
                        Some(f) if *f != alt_names => {
                            return Err(self.pattern_error(
                                "alternative patterns bind different names".into(),
                                p,
                            ))
                        }
                        Some(_) => {}
                    }
                }
                for n in first.unwrap_or_default() {
                    if names.contains(&n) {
                        return Err(self.pattern_error(
                            format!("multiple assignments to name '{n}' in pattern"),
                            p,
                        ));
                    }
                    names.push(n);
                }
            }
        }
        Ok(())
    }
}

/// CPython's message for an irrefutable pattern that hides the cases after it.
fn unreachable_after(p: &Pattern) -> Option<String> {
    match p {
        Pattern::MatchAs(a) if a.pattern.is_none() => Some(match &a.name {
            Some(n) => format!(
                "name capture '{}' makes remaining patterns unreachable",
                n.as_str()
            ),
            None => "wildcard makes remaining patterns unreachable".into(),
        }),
        Pattern::MatchAs(a) => a.pattern.as_deref().and_then(unreachable_after),
        Pattern::MatchOr(o) => o.patterns.iter().find_map(unreachable_after),
        _ => None,
    }
}

/// A constant key as CPython's duplicate-key message prints it.
fn constant_repr(c: &ast::Constant) -> String {
    match c {
        ast::Constant::Str(s) => format!("'{s}'"),
        ast::Constant::Int(i) => i.to_string(),
        ast::Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        ast::Constant::None => "None".into(),
        other => format!("{other:?}"),
    }
}
