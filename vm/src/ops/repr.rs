//! `repr()` and `str()`.
//!
//! Built-in values are rendered natively, exactly as CPython does (string quoting and
//! escapes, float shortest repr, `[...]` for recursive containers); user classes use
//! `__repr__`/`__str__`, with CPython's `<__main__.C object at 0x...>` default.

use super::float::as_float;
use super::int::{as_int, IntRef};
use crate::error::PyResult;
use crate::objects::iter::DictPart;
use crate::objects::typeobj::tflags;
use crate::objects::{
    BoundMethodData, BuiltinData, CodeData, DictData, DictViewData, ExceptionData, FunctionData,
    Gc, GeneratorData, Kind, ListData, ModuleData, RangeData, SetData, SliceData, StrData,
    TupleData, TypeData,
};
use crate::value::Value;
use crate::vm::Vm;

/// Python's `repr()` of a string's text.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

pub use super::unicode_printable::is_printable;

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: Value) -> PyResult<String> {
        self.check_native_stack()?;
        // As in CPython, each nested repr counts against the recursion limit together with
        // the Python frames (`repr_stack` holds the containers being printed).
        if self.frames.len() + self.repr_stack.len() + 1 >= self.recursion_limit {
            return Err(self.new_error(
                crate::error::ExcKind::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        if let Some(i) = v.as_small_int() {
            return Ok(i.to_string());
        }
        if let Some(s) = Gc::<StrData>::from_value(v) {
            return Ok(str_repr(s.as_str()));
        }
        let cls = self.class_of(v);
        if cls.has(tflags::HEAPTYPE) {
            if let Some(f) = self.lookup_type(cls, self.names.repr) {
                if !self.is_native_slot(f, "__repr__") {
                    let r = self.call_special(f, v, &[])?;
                    return match super::as_str(r) {
                        Some(s) => Ok(s.to_string()),
                        None => {
                            let n = self.type_name_of(r);
                            Err(self.type_error(format!("__repr__ returned non-string (type {n})")))
                        }
                    };
                }
            }
        }
        self.builtin_repr(v)
    }

    /// `repr()` of built-in values (and the default for user objects).
    pub fn builtin_repr(&mut self, v: Value) -> PyResult<String> {
        match v {
            Value::NONE => return Ok("None".into()),
            Value::TRUE => return Ok("True".into()),
            Value::FALSE => return Ok("False".into()),
            Value::NOT_IMPLEMENTED => return Ok("NotImplemented".into()),
            Value::ELLIPSIS => return Ok("Ellipsis".into()),
            _ => {}
        }
        let cls = self.class_of(v);
        if !cls.has(tflags::HEAPTYPE) {
            if let Some(i) = as_int(v) {
                return match i {
                    IntRef::Small(n) => Ok(n.to_string()),
                    IntRef::Big(b) => self.int_to_decimal(b),
                };
            }
            if let Some(f) = as_float(v) {
                return Ok(super::float::float_repr(f));
            }
        }
        if let Some(s) = Gc::<StrData>::from_value(v) {
            return Ok(str_repr(s.as_str()));
        }
        let kind = crate::objects::kind_of(v);
        match kind {
            Some(Kind::List) | Some(Kind::Tuple) | Some(Kind::Dict) | Some(Kind::Set)
            | Some(Kind::DictView)
                if !cls.has(tflags::HEAPTYPE) =>
            {
                self.container_repr(v)
            }
            Some(Kind::Type) => {
                let t = Gc::<TypeData>::from_value(v).expect("type");
                let module = self.type_module(t);
                let q = super::str_of(t.qualname.get()).to_string();
                Ok(match module {
                    Some(m) if m != "builtins" => format!("<class '{m}.{q}'>"),
                    _ => format!("<class '{q}'>"),
                })
            }
            Some(Kind::Function) => {
                let f = Gc::<FunctionData>::from_value(v).expect("function");
                Ok(format!(
                    "<function {} at {:#x}>",
                    super::str_of(f.qualname.get()),
                    v.raw()
                ))
            }
            Some(Kind::Builtin) => {
                let b = Gc::<BuiltinData>::from_value(v).expect("builtin");
                if b.bound.is_unbound() || crate::objects::is_kind(b.bound, Kind::Module) {
                    if !b.owner.is_unbound() {
                        let on =
                            self.type_name(Gc::<TypeData>::from_value(b.owner).expect("owner"));
                        return Ok(format!("<method '{}' of '{on}' objects>", b.name));
                    }
                    return Ok(format!("<built-in function {}>", b.name));
                }
                let tn = self.type_name_of(b.bound);
                Ok(format!(
                    "<built-in method {} of {tn} object at {:#x}>",
                    b.name,
                    b.bound.raw()
                ))
            }
            Some(Kind::BoundMethod) => {
                let m = Gc::<BoundMethodData>::from_value(v).expect("method");
                let fname = match Gc::<FunctionData>::from_value(m.func) {
                    Some(f) => super::str_of(f.qualname.get()).to_string(),
                    None => "?".into(),
                };
                let r = self.repr(m.receiver)?;
                Ok(format!("<bound method {fname} of {r}>"))
            }
            Some(Kind::Module) => {
                let m = Gc::<ModuleData>::from_value(v).expect("module");
                let name = super::str_of(m.name).to_string();
                Ok(if crate::modules::is_builtin_module(&name) {
                    format!("<module '{name}' (built-in)>")
                } else {
                    let file = self
                        .dict_get_str(m.dict, self.names.file)
                        .map(|f| super::str_of(f).to_string());
                    match file {
                        Some(f) => format!("<module '{name}' from '{f}'>"),
                        None if crate::modules::frozen::is_frozen(&name) => {
                            format!("<module '{name}' (frozen)>")
                        }
                        None => format!("<module '{name}'>"),
                    }
                })
            }
            Some(Kind::Range) => {
                let r = Gc::<RangeData>::from_value(v).expect("range");
                Ok(if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                })
            }
            Some(Kind::Slice) => {
                let s = Gc::<SliceData>::from_value(v).expect("slice");
                let (a, b, c) = (self.repr(s.start)?, self.repr(s.stop)?, self.repr(s.step)?);
                Ok(format!("slice({a}, {b}, {c})"))
            }
            Some(Kind::Exception) => self.exception_repr(v),
            Some(Kind::Generator) => {
                let g = Gc::<GeneratorData>::from_value(v).expect("generator");
                let what = if g.is_coroutine {
                    "coroutine"
                } else {
                    "generator"
                };
                Ok(format!(
                    "<{what} object {} at {:#x}>",
                    super::str_of(g.qualname),
                    v.raw()
                ))
            }
            Some(Kind::Code) => {
                let c = Gc::<CodeData>::from_value(v).expect("code");
                Ok(format!(
                    "<code object {} at {:#x}, file \"{}\", line {}>",
                    c.meta.name,
                    v.raw(),
                    c.meta.filename,
                    c.meta.first_line
                ))
            }
            Some(Kind::Cell) => Ok(format!("<cell at {:#x}>", v.raw())),
            _ => {
                if let Some(b) = Gc::<crate::objects::InstanceData>::from_value(v) {
                    let base = b.base.get();
                    if !base.is_unbound() {
                        let r = self.builtin_repr(base)?;
                        if !crate::objects::is_kind(base, Kind::Set) {
                            return Ok(r);
                        }
                        // Sets name their subclass: `S({1, 2})`, `S()`.
                        let name = self.type_name(cls);
                        let inner = r
                            .strip_prefix("frozenset(")
                            .map_or(r.as_str(), |x| x.strip_suffix(')').unwrap_or(x));
                        let inner = if inner == "set()" { "" } else { inner };
                        return Ok(format!("{name}({inner})"));
                    }
                }
                Ok(self.object_default_repr(v))
            }
        }
    }

    /// `object.__repr__(v)`: `<module.Class object at 0x...>`.
    pub fn object_default_repr(&mut self, v: Value) -> String {
        let cls = self.class_of(v);
        let module = self.type_module(cls).unwrap_or_default();
        let q = super::str_of(cls.qualname.get()).to_string();
        let prefix = if module.is_empty() || module == "builtins" {
            String::new()
        } else {
            format!("{module}.")
        };
        format!("<{prefix}{q} object at {:#x}>", v.raw())
    }

    /// The `__module__` of a class, if known.
    pub fn type_module(&mut self, t: Gc<TypeData>) -> Option<String> {
        if t == self.types.union_type || t == self.types.generic_alias {
            return Some("types".into());
        }
        if !t.has(tflags::HEAPTYPE) {
            return Some("builtins".into());
        }
        self.dict_get_str(t.dict, self.names.module)
            .and_then(|m| super::as_str(m).map(|s| s.to_string()))
    }

    fn container_repr(&mut self, v: Value) -> PyResult<String> {
        if self.repr_stack.contains(&v) {
            return Ok(match crate::objects::kind_of(v) {
                Some(Kind::List) => "[...]".into(),
                Some(Kind::Tuple) => "(...)".into(),
                Some(Kind::Dict) => "{...}".into(),
                _ => "...".into(),
            });
        }
        self.repr_stack.push(v);
        let r = self.container_repr_inner(v);
        self.repr_stack.pop();
        r
    }

    fn container_repr_inner(&mut self, v: Value) -> PyResult<String> {
        let join = |vm: &mut Vm, items: &[Value]| -> PyResult<String> {
            let mut parts = Vec::with_capacity(items.len());
            for &x in items {
                parts.push(vm.repr(x)?);
            }
            Ok(parts.join(", "))
        };
        if let Some(l) = Gc::<ListData>::from_value(v) {
            // Live, as CPython: an item's `__repr__` may grow or shrink the list.
            let mut parts = Vec::new();
            let mut i = 0;
            loop {
                let item = l.items.borrow().get(i).copied();
                let Some(x) = item else { break };
                parts.push(self.with_roots(&[x], |vm| vm.repr(x))?);
                i += 1;
            }
            return Ok(format!("[{}]", parts.join(", ")));
        }
        if let Some(t) = Gc::<TupleData>::from_value(v) {
            let items = t.items.to_vec();
            let inner = join(self, &items)?;
            return Ok(if items.len() == 1 {
                format!("({inner},)")
            } else {
                format!("({inner})")
            });
        }
        if let Some(d) = Gc::<DictData>::from_value(v) {
            let items = self.dict_items(d);
            let mut parts = Vec::with_capacity(items.len());
            for (k, x) in items {
                let (ks, xs) = (self.repr(k)?, self.repr(x)?);
                parts.push(format!("{ks}: {xs}"));
            }
            return Ok(format!("{{{}}}", parts.join(", ")));
        }
        if let Some(s) = Gc::<SetData>::from_value(v) {
            let items: Vec<Value> = s.table.borrow().iter().map(|(_, k)| k).collect();
            let frozen = self.class_of(v) == self.types.frozenset;
            if items.is_empty() {
                return Ok(if frozen {
                    "frozenset()".into()
                } else {
                    "set()".into()
                });
            }
            let inner = join(self, &items)?;
            return Ok(if frozen {
                format!("frozenset({{{inner}}})")
            } else {
                format!("{{{inner}}}")
            });
        }
        if let Some(view) = Gc::<DictViewData>::from_value(v) {
            let d = Gc::<DictData>::from_value(view.dict).expect("dict");
            let items = self.dict_items(d);
            let (name, parts): (&str, Vec<Value>) = match view.part {
                DictPart::Keys => ("dict_keys", items.iter().map(|p| p.0).collect()),
                DictPart::Values => ("dict_values", items.iter().map(|p| p.1).collect()),
                DictPart::Items => {
                    let mut ts = Vec::new();
                    for (k, x) in &items {
                        ts.push(self.new_tuple(vec![*k, *x]));
                    }
                    ("dict_items", ts)
                }
            };
            let inner = self.with_roots(&parts.clone(), |vm| join(vm, &parts))?;
            return Ok(format!("{name}([{inner}])"));
        }
        Ok(String::new())
    }

    fn exception_repr(&mut self, v: Value) -> PyResult<String> {
        let e = Gc::<ExceptionData>::from_value(v).expect("exception");
        let name = self.type_name_of(v);
        let args = Gc::<TupleData>::from_value(e.args.get())
            .map(|t| t.items.to_vec())
            .unwrap_or_default();
        Ok(if args.len() == 1 {
            format!("{name}({})", self.repr(args[0])?)
        } else {
            let inner = self.repr(e.args.get())?;
            format!("{name}{inner}")
        })
    }

    /// Whether a special method found on a class is a built-in class's own (native and
    /// owned by a built-in class), whose behaviour the caller implements directly.
    /// Whether `f` is the built-in method `slot` of a built-in class (so the native
    /// fast path gives the same result); a different built-in stored under that name
    /// (`__str__ = int.__repr__`) must be called.
    pub(crate) fn is_native_slot(&self, f: Value, slot: &str) -> bool {
        self.is_builtin_slot(f)
            && Gc::<crate::objects::BuiltinData>::from_value(f).is_some_and(|b| b.name == slot)
    }

    pub(crate) fn is_builtin_slot(&self, f: Value) -> bool {
        Gc::<crate::objects::BuiltinData>::from_value(f).is_some_and(|b| {
            Gc::<TypeData>::from_value(b.owner).is_none_or(|t| !t.has(tflags::HEAPTYPE))
        })
    }

    /// CPython's `str()` of a SyntaxError that knows its place: `msg (file, line N)`.
    fn syntax_error_str(&mut self, e: Gc<ExceptionData>) -> PyResult<Option<String>> {
        let Some(d) = Gc::<DictData>::from_value(e.dict.get()) else {
            return Ok(None);
        };
        let get = |vm: &mut Vm, name: &str| {
            let k = vm.intern(name);
            vm.dict_get_str(d, k)
        };
        let (Some(msg), Some(file), Some(line)) =
            (get(self, "msg"), get(self, "filename"), get(self, "lineno"))
        else {
            return Ok(None);
        };
        let msg = self.str(msg)?;
        let file = self.str(file)?;
        let line = self.str(line)?;
        Ok(Some(format!("{msg} ({file}, line {line})")))
    }

    /// `str(v)`.
    pub fn str(&mut self, v: Value) -> PyResult<String> {
        if let Some(s) = Gc::<StrData>::from_value(v) {
            return Ok(s.as_str().to_string());
        }
        let cls = self.class_of(v);
        if cls.has(tflags::HEAPTYPE) {
            if let Some(f) = self.lookup_type(cls, self.names.str_) {
                if !self.is_native_slot(f, "__str__") {
                    let r = self.call_special(f, v, &[])?;
                    return match super::as_str(r) {
                        Some(s) => Ok(s.to_string()),
                        None => {
                            let n = self.type_name_of(r);
                            Err(self.type_error(format!("__str__ returned non-string (type {n})")))
                        }
                    };
                }
            }
            if let Some(s) = super::as_str(v) {
                return Ok(s.to_string());
            }
        }
        if let Some(e) = Gc::<ExceptionData>::from_value(v) {
            let args = Gc::<TupleData>::from_value(e.args.get())
                .map(|t| t.items.to_vec())
                .unwrap_or_default();
            if self.is_subclass(cls, self.types.exc(crate::error::ExcKind::KeyError))
                && args.len() == 1
            {
                return self.repr(args[0]);
            }
            if self.is_subclass(cls, self.types.exc(crate::error::ExcKind::SyntaxError)) {
                if let Some(s) = self.syntax_error_str(e)? {
                    return Ok(s);
                }
            }
            if self.is_os_error_class(cls) {
                if let Some(s) = self.os_error_str(v)? {
                    return Ok(s);
                }
            }
            return match args.len() {
                0 => Ok(String::new()),
                1 => self.str(args[0]),
                _ => self.repr(e.args.get()),
            };
        }
        self.repr(v)
    }

    /// `str(v)` as a new str value.
    pub fn str_value(&mut self, v: Value) -> PyResult<Value> {
        if crate::objects::is_kind(v, Kind::Str) {
            return Ok(v);
        }
        let s = self.str(v)?;
        Ok(self.new_str(s))
    }

    /// `ascii(v)`.
    pub fn ascii(&mut self, v: Value) -> PyResult<String> {
        let r = self.repr(v)?;
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            let u = c as u32;
            if u < 0x80 {
                out.push(c);
            } else if u < 0x100 {
                out.push_str(&format!("\\x{u:02x}"));
            } else if u < 0x10000 {
                out.push_str(&format!("\\u{u:04x}"));
            } else {
                out.push_str(&format!("\\U{u:08x}"));
            }
        }
        Ok(out)
    }
}
