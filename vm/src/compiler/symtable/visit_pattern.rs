//! Pass 1 of scope analysis, `match` statements: names captured by patterns are bound in
//! the enclosing scope; value, class and key expressions are uses.

use super::*;

impl Builder<'_> {
    pub(super) fn match_stmt(&mut self, m: &ast::StmtMatch) -> Result<(), CompileError> {
        self.expr(&m.subject)?;
        for case in &m.cases {
            self.pattern(&case.pattern)?;
            if let Some(g) = &case.guard {
                self.expr(g)?;
            }
            self.stmts(&case.body)?;
        }
        Ok(())
    }

    fn pattern(&mut self, p: &ast::Pattern) -> Result<(), CompileError> {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value)?,
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                for q in &s.patterns {
                    self.pattern(q)?;
                }
            }
            P::MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k)?;
                }
                for q in &m.patterns {
                    self.pattern(q)?;
                }
                if let Some(rest) = &m.rest {
                    self.cur().add(rest.as_str(), ASSIGNED);
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls)?;
                for q in c.patterns.iter().chain(&c.kwd_patterns) {
                    self.pattern(q)?;
                }
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.cur().add(n.as_str(), ASSIGNED);
                }
            }
            P::MatchAs(a) => {
                if let Some(q) = &a.pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = &a.name {
                    self.cur().add(n.as_str(), ASSIGNED);
                }
            }
            P::MatchOr(o) => {
                for q in &o.patterns {
                    self.pattern(q)?;
                }
            }
        }
        Ok(())
    }
}
