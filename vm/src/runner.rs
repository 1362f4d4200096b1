//! Running programs: the `__main__` module, uncaught exceptions (CPython-format tracebacks,
//! `SystemExit`), `exec`/`eval`, and writing to the standard streams.

use crate::compiler::{self, CompileError, SourceMap};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::frame::{Frame, RetTo};
use crate::objects::typeobj::tflags;
use crate::objects::{CodeData, DictData, ExceptionData, Gc, ModuleData, TupleData};
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// Attribute holding a compile error's CPython-style rendering (file, line, caret).
const RENDERING: &str = "__pyrite_rendering__";

impl Vm {
    /// Compiles `source`, reporting errors as Python exceptions (SyntaxError...).
    pub fn compile_source(
        &mut self,
        source: &str,
        filename: &str,
        mode: compiler::Mode,
    ) -> PyResult<Gc<CodeData>> {
        let map = Rc::new(SourceMap::new(source, filename));
        self.sources.insert(filename.to_string(), map.clone());
        match compiler::compile(source, filename, self.config.optimize, mode) {
            Ok(unit) => Ok(self.load_code(&unit)),
            Err(e) => Err(self.compile_error(e, &map)),
        }
    }

    /// A compile error as an exception whose traceback rendering is the CPython one.
    fn compile_error(&mut self, e: CompileError, map: &SourceMap) -> PyErr {
        let kind = match e.kind {
            compiler::ErrorKind::Syntax => ExcKind::SyntaxError,
            compiler::ErrorKind::Indentation => ExcKind::IndentationError,
            compiler::ErrorKind::Tab => ExcKind::TabError,
            compiler::ErrorKind::Unsupported => ExcKind::NotImplementedError,
        };
        let err = self.new_error(kind, e.msg.clone());
        let rendered = e.render(map);
        let r = self.new_str(rendered);
        let key = self.intern(RENDERING);
        let _ = self.setattr(err.value(), key, r);
        let (line, col) = (
            Value::small(e.loc.line as i64),
            Value::small(e.loc.col as i64),
        );
        let msg = self.new_str(e.msg.clone());
        let filename = self.new_str(map.filename.to_string());
        let text = self.new_str(format!("{}\n", map.line_text(e.loc.line)));
        for (name, v) in [
            ("lineno", line),
            ("offset", col),
            ("msg", msg),
            ("filename", filename),
            ("text", text),
        ] {
            let k = self.intern(name);
            let _ = self.setattr(err.value(), k, v);
        }
        err
    }

    /// Creates a module object with the given name and file.
    pub fn new_module(&mut self, name: &str, file: Option<&str>) -> Gc<ModuleData> {
        let dict = self.new_dict();
        let n = self.intern(name);
        let _ = self.dict_set(dict, self.names.name, n);
        let b = self.intern("__builtins__");
        let bkey = self.intern("builtins");
        let bm = self
            .dict_get_str(self.modules, bkey)
            .unwrap_or(self.builtins.value());
        let _ = self.dict_set(dict, b, bm);
        let _ = self.dict_set(dict, self.names.doc, Value::NONE);
        if let Some(f) = file {
            let fv = self.new_str(f);
            let _ = self.dict_set(dict, self.names.file, fv);
        }
        self.alloc(self.types.module, ModuleData { name: n, dict })
    }

    /// Runs a code object as the body of `module`.
    pub fn exec_module_code(
        &mut self,
        code: Gc<CodeData>,
        globals: Gc<DictData>,
        locals: Value,
    ) -> PyResult<Value> {
        let base = self.stack_top();
        let nregs = code.meta.nregs as usize;
        if self.stack.len() < base + nregs {
            self.stack.resize(base + nregs + 256, Value::UNBOUND);
        }
        self.stack[base..base + nregs].fill(Value::UNBOUND);
        let top = self.frame_top(base, nregs);
        self.frames.push(Frame {
            code,
            func: Value::UNBOUND,
            globals,
            locals,
            base,
            top,
            pc: 0,
            ret: RetTo::Native,
            handled: Value::UNBOUND,
            generator: Value::UNBOUND,
            init_self: Value::UNBOUND,
        });
        self.run_frames(None)
    }

    /// Runs a program as `__main__`; returns the process exit status.
    pub fn run_main(&mut self, source: &str, path: &str) -> i32 {
        let module = self.new_module("__main__", Some(path));
        self.make_permanent(module.value());
        let main = self.names.main;
        let _ = self.dict_set(self.modules, main, module.value());
        let result = self
            .compile_source(source, path, compiler::Mode::Exec)
            .and_then(|code| {
                self.with_roots(&[code.value()], |vm| {
                    vm.exec_module_code(code, module.dict, Value::UNBOUND)
                })
            });
        let status = match result {
            Ok(_) => 0,
            Err(e) => self.report_uncaught(e),
        };
        self.close_suspended_globals(module.dict);
        self.flush_stdout();
        crate::modules::fileio::flush_all();
        status
    }

    /// Handles an exception that reached the top: SystemExit gives the exit status; others
    /// print a traceback and give 1.
    pub fn report_uncaught(&mut self, e: PyErr) -> i32 {
        if self.err_is(&e, ExcKind::SystemExit) {
            let args = Gc::<TupleData>::from_value(e.exc.args.get())
                .map(|t| t.items.to_vec())
                .unwrap_or_default();
            let code = args.first().copied().unwrap_or(Value::NONE);
            if code.is_none() {
                return 0;
            }
            if let Some(i) = crate::ops::int::as_int(code) {
                return i.to_i64().unwrap_or(-1) as i32;
            }
            let s = self.str(code).unwrap_or_default();
            self.write_stderr(&format!("{s}\n"));
            return 1;
        }
        let text = self.format_exception(e.value());
        self.write_stderr(&text);
        1
    }

    /// The full CPython-style report of an exception, with its chain.
    pub fn format_exception(&mut self, exc: Value) -> String {
        let mut seen = Vec::new();
        self.format_exception_chain(exc, &mut seen)
    }

    fn format_exception_chain(&mut self, exc: Value, seen: &mut Vec<Value>) -> String {
        seen.push(exc);
        let mut out = String::new();
        if let Some(e) = Gc::<ExceptionData>::from_value(exc) {
            let cause = e.cause.get();
            let context = e.context.get();
            if !cause.is_unbound() && !cause.is_none() && !seen.contains(&cause) {
                out.push_str(&self.format_exception_chain(cause, seen));
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if !e.suppress_context.get()
                && !context.is_unbound()
                && !context.is_none()
                && !seen.contains(&context)
            {
                out.push_str(&self.format_exception_chain(context, seen));
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
            let tb = e.traceback.borrow().clone();
            if !tb.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                // As CPython: after three identical entries in a row, count the rest.
                let mut last: Option<(u64, u32)> = None;
                let mut repeats = 0usize;
                let flush = |out: &mut String, repeats: usize| {
                    if repeats > 3 {
                        let n = repeats - 3;
                        out.push_str(&format!(
                            "  [Previous line repeated {n} more time{}]\n",
                            if n == 1 { "" } else { "s" }
                        ));
                    }
                };
                for entry in tb.iter().rev() {
                    let key = (entry.code.raw(), entry.line);
                    if last == Some(key) {
                        repeats += 1;
                    } else {
                        flush(&mut out, repeats);
                        last = Some(key);
                        repeats = 1;
                    }
                    if repeats > 3 {
                        continue;
                    }
                    let code = Gc::<CodeData>::from_value(entry.code).expect("code");
                    let file = code.meta.filename.to_string();
                    out.push_str(&format!(
                        "  File \"{file}\", line {}, in {}\n",
                        entry.line, code.meta.name
                    ));
                    // As CPython: no source line for `<string>` and other pseudo-files.
                    let real_file = !file.starts_with('<');
                    if let Some(map) = self.sources.get(&file).filter(|_| real_file) {
                        let text = map.line_text(entry.line).trim();
                        if !text.is_empty() {
                            out.push_str(&format!("    {text}\n"));
                        }
                    }
                }
                flush(&mut out, repeats);
            }
        }
        let key = self.intern(RENDERING);
        if let Ok(Some(r)) = self.getattr_opt(exc, key) {
            out.push_str(crate::ops::str_of(r));
            return out;
        }
        out.push_str(&self.exception_last_line(exc));
        out.push('\n');
        self.format_notes(exc, &mut out);
        out
    }

    /// The exception's `__notes__`, one per line after its last line (as CPython 3.11).
    fn format_notes(&mut self, exc: Value, out: &mut String) {
        let key = self.intern("__notes__");
        let Ok(Some(notes)) = self.getattr_opt(exc, key) else {
            return;
        };
        let items = if let Some(l) = Gc::<crate::objects::ListData>::from_value(notes) {
            l.items.borrow().clone()
        } else if let Some(t) = Gc::<crate::objects::TupleData>::from_value(notes) {
            t.items.to_vec()
        } else {
            {
                let r = self
                    .repr(notes)
                    .unwrap_or_else(|_| "<__notes__ repr() failed>".into());
                out.push_str(&r);
                out.push('\n');
                return;
            }
        };
        for note in items {
            let s = match crate::ops::as_str(note) {
                Some(s) => s.to_string(),
                None => self
                    .str(note)
                    .unwrap_or_else(|_| "<note str() failed>".into()),
            };
            out.push_str(&s);
            out.push('\n');
        }
    }

    /// `KeyError: 'missing'`: the class name (module-qualified for classes outside
    /// `__main__` and builtins) and `str(exc)`.
    pub fn exception_last_line(&mut self, exc: Value) -> String {
        let cls = self.class_of(exc);
        let mut name = crate::ops::str_of(cls.qualname.get()).to_string();
        if cls.has(tflags::HEAPTYPE) {
            if let Some(m) = self.type_module(cls) {
                if m != "__main__" && m != "builtins" {
                    name = format!("{m}.{name}");
                }
            }
        }
        let mut line = match self.str(exc) {
            Ok(s) if s.is_empty() => name,
            Ok(s) => format!("{name}: {s}"),
            Err(_) => format!("{name}: <exception str() failed>"),
        };
        if let Some(s) = self.suggestion_for(exc) {
            line.push_str(&format!(". Did you mean: '{s}'?"));
        }
        line
    }

    /// `exec(src, globals, locals)` / `eval(...)` for source strings.
    pub fn exec_source(
        &mut self,
        src: Value,
        globals: Option<Value>,
        locals: Option<Value>,
        is_eval: bool,
    ) -> PyResult<Value> {
        let code = Gc::<CodeData>::from_value(src);
        let text = match (crate::ops::as_str(src), code) {
            (Some(t), _) => t,
            (None, Some(_)) => "",
            (None, None) => {
                let f = if is_eval { "eval" } else { "exec" };
                return Err(self.type_error(format!(
                    "{f}() arg 1 must be a string, bytes or code object"
                )));
            }
        };
        // eval() ignores leading spaces and tabs, as CPython does.
        let text = if is_eval {
            text.trim_start_matches([' ', '\t']).to_string()
        } else {
            text.to_string()
        };
        let explicit_globals = globals.filter(|g| !g.is_none());
        let globals = match explicit_globals {
            Some(g) => match Gc::<DictData>::from_value(g) {
                Some(d) => d,
                None => return Err(self.type_error("globals must be a dict")),
            },
            None => match self.frames.last() {
                Some(f) => f.globals,
                None => self.new_dict(),
            },
        };
        // Without locals: the given globals, else the caller's namespace (a snapshot of a
        // function's variables, which the code may read but not rebind).
        let locals = match locals.filter(|l| !l.is_none()) {
            Some(l) => l,
            None if explicit_globals.is_some() => globals.value(),
            None => self.current_locals()?,
        };
        if self.dict_get_str(globals, self.names.builtins).is_none() {
            let b = self.builtins.value();
            self.dict_set(globals, self.names.builtins, b)?;
        }
        let mode = if is_eval {
            compiler::Mode::Eval
        } else {
            compiler::Mode::Exec
        };
        let code = match code {
            Some(c) => c,
            None => self.compile_source(&text, "<string>", mode)?,
        };
        let names_local = locals != globals.value();
        let locals = if names_local { locals } else { Value::UNBOUND };
        self.with_roots(&[code.value(), globals.value(), locals], |vm| {
            vm.exec_module_code(code, globals, locals)
        })
    }

    /// Writes text to `file` (None: standard output).
    pub fn write_to(&mut self, file: Option<Value>, text: &str) -> PyResult<()> {
        match file {
            None => {
                self.write_stdout(text);
                Ok(())
            }
            Some(f) => match crate::modules::sys::std_stream_fd(self, f) {
                Some(1) => {
                    self.write_stdout(text);
                    Ok(())
                }
                Some(_) => {
                    self.write_stderr(text);
                    Ok(())
                }
                None => {
                    let w = self.getattr(f, self.names.write)?;
                    let s = self.new_str(text);
                    self.call(w, &[s], &[])?;
                    Ok(())
                }
            },
        }
    }

    /// Flushes `file` (None: standard output).
    pub fn flush_file(&mut self, file: Option<Value>) -> PyResult<()> {
        match file {
            None => {
                self.flush_stdout();
                Ok(())
            }
            Some(f) => match crate::modules::sys::std_stream_fd(self, f) {
                Some(_) => {
                    self.flush_stdout();
                    Ok(())
                }
                None => {
                    if let Some(fl) = self.getattr_opt(f, self.names.flush)? {
                        self.call(fl, &[], &[])?;
                    }
                    Ok(())
                }
            },
        }
    }
}
