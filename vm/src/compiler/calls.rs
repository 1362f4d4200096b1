//! Calls: positional calls through a register window, and `CALL_EX` for calls with
//! `*args`, `**kwargs` or keyword arguments that need a dict.

use super::bytecode::{Instr, Reg, NO_REG};
use super::codegen::Codegen;
use super::{CompileError, Const};
use rustpython_parser::ast::{self, Expr, Ranged};

impl<'a> Codegen<'a> {
    pub(super) fn call(&mut self, c: &'a ast::ExprCall, dst: Reg) -> Result<(), CompileError> {
        if c.args.len() + c.keywords.len() > 1 {
            // A generator expression that is not the only argument needs its own parentheses.
            for a in &c.args {
                let start = a.range().start().to_usize();
                if matches!(a, Expr::GeneratorExp(_)) && self.map.slice(start, start + 1) != "(" {
                    return Err(CompileError::syntax(
                        "Generator expression must be parenthesized",
                        self.loc(a.range().start()),
                    ));
                }
            }
        }
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

    pub(super) fn call_args(
        &mut self,
        c: &'a ast::ExprCall,
        base: Reg,
    ) -> Result<(), CompileError> {
        for (i, a) in c.args.iter().enumerate() {
            self.expr_to(a, base + i as Reg)?;
        }
        for (i, k) in c.keywords.iter().enumerate() {
            self.expr_to(&k.value, base + (c.args.len() + i) as Reg)?;
        }
        Ok(())
    }

    /// A call with `*args` or `**kwargs`: builds the positional tuple and keyword dict.
    pub(super) fn call_ex(&mut self, c: &'a ast::ExprCall, dst: Reg) -> Result<(), CompileError> {
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
}
