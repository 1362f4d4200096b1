//! `import` and `from ... import` statements (`from __future__` imports are checked in
//! `future.rs` and generate no code).

use super::bytecode::Instr;
use super::codegen::Codegen;
use super::symtable::ScopeKind;
use super::{CompileError, Const};
use rustpython_parser::ast::{self, Ranged, Stmt};

impl<'a> Codegen<'a> {
    pub(super) fn import(&mut self, i: &'a ast::StmtImport) -> Result<(), CompileError> {
        for alias in &i.names {
            let r = self.unit().temp();
            let name = self.unit().name(alias.name.as_str());
            let k = self.unit().konst(Const::None);
            self.emit(Instr::Import {
                dst: r,
                name,
                fromlist: k,
                level: 0,
            });
            match &alias.asname {
                Some(asname) => {
                    let parts: Vec<&str> = alias.name.as_str().split('.').collect();
                    for p in &parts[1..] {
                        let n = self.unit().name(p);
                        self.emit(Instr::LoadAttr {
                            dst: r,
                            obj: r,
                            name: n,
                        });
                    }
                    self.store_name(asname.as_str(), r);
                }
                None => {
                    let first = alias
                        .name
                        .as_str()
                        .split('.')
                        .next()
                        .unwrap_or_default()
                        .to_string();
                    self.store_name(&first, r);
                }
            }
            self.unit().free_to(r);
        }
        Ok(())
    }

    pub(super) fn import_from(
        &mut self,
        i: &'a ast::StmtImportFrom,
        s: &Stmt,
    ) -> Result<(), CompileError> {
        if super::future::is_future(i) {
            let at_start = self.units.len() == 1 && self.future_at_start(self.module_body, i);
            return self.future_import(i, at_start);
        }
        let module = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
        let level = i.level.map_or(0, |l| l.to_u32()) as u16;
        let r = self.unit().temp();
        let name = self.unit().name(&module);
        let names: Vec<Const> = i
            .names
            .iter()
            .map(|a| Const::Str(a.name.to_string()))
            .collect();
        let k = self.unit().konst(Const::Tuple(names));
        self.emit(Instr::Import {
            dst: r,
            name,
            fromlist: k,
            level,
        });
        if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
            if self.scope_kind() != ScopeKind::Module {
                return Err(CompileError::syntax(
                    "import * only allowed at module level",
                    self.loc(s.range().start()),
                ));
            }
            self.emit(Instr::ImportStar { module: r });
            return Ok(());
        }
        for a in &i.names {
            let v = self.unit().temp();
            let n = self.unit().name(a.name.as_str());
            self.emit(Instr::ImportFrom {
                dst: v,
                module: r,
                name: n,
            });
            let bound = a.asname.as_ref().unwrap_or(&a.name);
            self.store_name(bound.as_str(), v);
            self.unit().free_to(v);
        }
        Ok(())
    }
}
