//! `import`: built-in modules, `.py` files found on `sys.path`, then the frozen
//! standard-library modules compiled into the binary (`modules::frozen`).
//!
//! A module's code runs once, in a fresh namespace, and the module object is cached in
//! `sys.modules` before its code runs (so circular imports see the partly initialised
//! module, as in CPython). Packages and relative imports are not supported yet and say so.

use crate::error::{ExcKind, PyResult};
use crate::objects::{DictData, Gc, ListData, ModuleData};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// IMPORT / `__import__`: the module named `name` (the top-level package when
    /// `fromlist` is empty).
    pub fn import_name(
        &mut self,
        name: Value,
        fromlist: Value,
        level: usize,
        _fi: usize,
    ) -> PyResult<Value> {
        let n = crate::ops::str_of(name).to_string();
        if level > 0 {
            return Err(self.unsupported("relative imports"));
        }
        if n.contains('.') {
            return self.import_dotted(&n, fromlist);
        }
        self.import_module(&n)
    }

    /// `import a.b.c`: imports `a`, then each submodule that `sys.modules` or the frozen
    /// library provides (the `os` module registers `os.path`; frozen modules may have
    /// dotted names). Packages on disk are not supported yet and say so. Returns the
    /// top-level module, or the last one when `fromlist` is non-empty.
    fn import_dotted(&mut self, name: &str, fromlist: Value) -> PyResult<Value> {
        let mut parts = name.split('.');
        let first = parts.next().unwrap_or_default();
        let top = self.import_module(first)?;
        let mut parent = top;
        let mut prefix = first.to_string();
        for part in parts {
            let parent_name = prefix.clone();
            prefix = format!("{prefix}.{part}");
            let key = self.intern(&prefix);
            let module = match self.dict_get_str(self.modules, key) {
                Some(m) => m,
                None if crate::modules::frozen::is_frozen(&prefix) => {
                    let m = self.import_module(&prefix)?;
                    let attr = self.intern(part);
                    self.with_roots(&[m], |vm| vm.setattr(parent, attr, m))?;
                    m
                }
                None => {
                    let path = self.intern("__path__");
                    if self.getattr_opt(parent, path)?.is_some() {
                        return Err(self.unsupported(&format!("packages (import of '{name}')")));
                    }
                    let msg =
                        format!("No module named '{prefix}'; '{parent_name}' is not a package");
                    return Err(self.new_error(ExcKind::ModuleNotFoundError, msg));
                }
            };
            parent = module;
        }
        let wants_leaf = crate::objects::Gc::<crate::objects::TupleData>::from_value(fromlist)
            .is_some_and(|t| !t.items.is_empty())
            || (!fromlist.is_none()
                && crate::objects::Gc::<crate::objects::TupleData>::from_value(fromlist).is_none());
        Ok(if wants_leaf { parent } else { top })
    }

    /// Imports (or finds in `sys.modules`) the module `name`.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        let key = self.intern(name);
        if let Some(m) = self.dict_get_str(self.modules, key) {
            return Ok(m);
        }
        let (source, filename, file_attr) = match self.find_module_file(name)? {
            Some(path) => match std::fs::read_to_string(&path) {
                Ok(s) => (s, path.clone(), Some(path)),
                Err(e) => {
                    let msg = format!("cannot read {path}: {e}");
                    return Err(self.new_error(ExcKind::ImportError, msg));
                }
            },
            None => match crate::modules::frozen::source(name) {
                Some(s) => (s.to_string(), format!("<frozen {name}>"), None),
                None => {
                    let msg = format!("No module named '{name}'");
                    return Err(self.new_error(ExcKind::ModuleNotFoundError, msg));
                }
            },
        };
        let module = self.new_module(name, file_attr.as_deref());
        self.dict_set(self.modules, key, module.value())?;
        let result = self.with_roots(&[module.value()], |vm| {
            let code = vm.compile_source(&source, &filename, crate::compiler::Mode::Exec)?;
            vm.with_roots(&[code.value()], |vm| {
                vm.exec_module_code(code, module.dict, Value::UNBOUND)
            })
        });
        if let Err(e) = result {
            let _ = self.dict_del(self.modules, key);
            return Err(e);
        }
        Ok(module.value())
    }

    fn find_module_file(&mut self, name: &str) -> PyResult<Option<String>> {
        let Some(sys) = crate::modules::sys::sys_module(self) else {
            return Ok(None);
        };
        let key = self.intern("path");
        let Some(path) = self.dict_get_str(sys.dict, key) else {
            return Ok(None);
        };
        let Some(list) = Gc::<ListData>::from_value(path) else {
            return Ok(None);
        };
        for entry in list.snapshot() {
            let Some(dir) = crate::ops::as_str(entry) else {
                continue;
            };
            let dir = if dir.is_empty() { "." } else { dir };
            let candidate = std::path::Path::new(dir).join(format!("{name}.py"));
            if candidate.is_file() {
                return Ok(Some(candidate.to_string_lossy().to_string()));
            }
            if std::path::Path::new(dir)
                .join(name)
                .join("__init__.py")
                .is_file()
            {
                return Err(self.unsupported(&format!("packages (import of '{name}')")));
            }
        }
        Ok(None)
    }

    /// `from module import name`.
    pub fn import_from(&mut self, module: Value, name: Value) -> PyResult<Value> {
        match self.getattr_opt(module, name)? {
            Some(v) => Ok(v),
            None => {
                let n = crate::ops::str_of(name).to_string();
                let m = Gc::<ModuleData>::from_value(module);
                let mname = m
                    .map(|m| crate::ops::str_of(m.name).to_string())
                    .unwrap_or_default();
                let location = m
                    .and_then(|m| self.dict_get_str(m.dict, self.names.file))
                    .map(|f| crate::ops::str_of(f).to_string())
                    .unwrap_or_else(|| "unknown location".into());
                Err(self.new_error(
                    ExcKind::ImportError,
                    format!("cannot import name '{n}' from '{mname}' ({location})"),
                ))
            }
        }
    }

    /// `from module import *`.
    pub fn import_star(&mut self, module: Value, globals: Gc<DictData>) -> PyResult<()> {
        let Some(m) = Gc::<ModuleData>::from_value(module) else {
            return Err(self.type_error("import * requires a module"));
        };
        let names: Vec<Value> = match self.dict_get_str(m.dict, self.names.all) {
            Some(all) => self.collect_iterable(all)?,
            None => self
                .dict_items(m.dict)
                .into_iter()
                .map(|(k, _)| k)
                .filter(|k| !crate::ops::str_of(*k).starts_with('_'))
                .collect(),
        };
        for n in names {
            let v = self.getattr(module, n)?;
            self.dict_set(globals, n, v)?;
        }
        Ok(())
    }
}
