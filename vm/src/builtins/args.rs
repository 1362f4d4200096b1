//! Argument checking for native functions, with CPython's messages.

use crate::error::{PyErr, PyResult};
use crate::objects::function::Args;
use crate::objects::typeobj::tflags;
use crate::objects::{Gc, Kind, Payload, TypeData};
use crate::value::Value;
use crate::vm::Vm;

/// Methods whose arity errors use `PyArg_ParseTuple`'s wording in CPython 3.11.
const PARSE_TUPLE_STYLE: &[&str] = &[
    "str.count",
    "str.find",
    "str.rfind",
    "str.index",
    "str.rindex",
    "str.startswith",
    "str.endswith",
];

impl Vm {
    /// Checks the positional count of a native call that takes no keywords.
    pub fn arity(&mut self, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
        if !args.kw.is_empty() {
            return Err(self.type_error(format!("{name}() takes no keyword arguments")));
        }
        self.arity_pos(name, args.len(), min, max)
    }

    /// Checks a positional argument count (Argument Clinic's wording, which most of
    /// CPython's built-in functions use).
    pub fn arity_pos(&mut self, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
        if n >= min && n <= max {
            return Ok(());
        }
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        let msg = match (min == max, min) {
            (true, 0) => format!("{name}() takes no arguments ({n} given)"),
            (true, 1) => format!("{name}() takes exactly one argument ({n} given)"),
            (true, _) => format!("{name} expected {min} arguments, got {n}"),
            _ if n < min => format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            ),
            _ => format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            ),
        };
        Err(self.type_error(msg))
    }

    /// Checks a method call: `self` plus `min..=max` more positional arguments, no keywords.
    /// `name` is the method's name, qualified by its type (`str.upper`) or not, in which
    /// case the built-in type of `self` qualifies it. Messages follow CPython 3.11: the
    /// qualified name for methods without arguments or with one, the bare name otherwise.
    pub fn method_arity(
        &mut self,
        name: &str,
        args: &Args,
        min: usize,
        max: usize,
    ) -> PyResult<()> {
        let n = args.len().saturating_sub(1);
        let count_ok = !args.pos.is_empty() && n >= min && n <= max;
        if args.kw.is_empty() && count_ok {
            return Ok(());
        }
        let qualname = self.method_qualname(name, args);
        let short = qualname.rsplit('.').next().unwrap_or(name).to_string();
        let parse_tuple = PARSE_TUPLE_STYLE.contains(&qualname.as_str());
        if !args.kw.is_empty() {
            let shown = if parse_tuple { &short } else { &qualname };
            return Err(self.type_error(format!("{shown}() takes no keyword arguments")));
        }
        if args.pos.is_empty() {
            return Err(self.type_error(format!("unbound method {qualname}() needs an argument")));
        }
        if min == max && min <= 1 {
            return self.arity_pos(&qualname, n, min, max);
        }
        if parse_tuple {
            return Err(self.parse_tuple_arity_error(&short, n, min, max));
        }
        self.arity_pos(&short, n, min, max)
    }

    /// `name` qualified by the built-in type that defines the method `self` (args[0]) is
    /// bound to, unless already qualified.
    fn method_qualname(&mut self, name: &str, args: &Args) -> String {
        if name.contains('.') {
            return name.to_string();
        }
        let Some(&me) = args.pos.first() else {
            return name.to_string();
        };
        let mut cls = self.class_of(me);
        while cls.has(tflags::HEAPTYPE) {
            let base = cls.bases.borrow().first().copied();
            match base.and_then(Gc::<TypeData>::from_value) {
                Some(b) => cls = b,
                None => break,
            }
        }
        format!("{}.{name}", self.type_name(cls))
    }

    /// `PyArg_ParseTuple`'s wording: "f() takes at most 2 arguments (3 given)".
    fn parse_tuple_arity_error(&mut self, name: &str, n: usize, min: usize, max: usize) -> PyErr {
        let (bound, k) = if n < min {
            ("least", min)
        } else {
            ("most", max)
        };
        let noun = if k == 1 { "argument" } else { "arguments" };
        self.type_error(format!("{name}() takes at {bound} {k} {noun} ({n} given)"))
    }

    /// The payload of `self` (args[0]) for a method of the built-in type `owner`, looking
    /// through subclass instances to their base value.
    pub fn self_as<T: Payload>(
        &mut self,
        args: &Args,
        method: &str,
        owner: &str,
    ) -> PyResult<Gc<T>> {
        let Some(&v) = args.pos.first() else {
            return Err(self.type_error(format!(
                "unbound method {owner}.{method}() needs an argument"
            )));
        };
        if let Some(g) = Gc::<T>::from_value(v) {
            return Ok(g);
        }
        if let Some(b) = crate::ops::builtin_base(v, T::KIND) {
            if let Some(g) = Gc::<T>::from_value(b) {
                return Ok(g);
            }
        }
        let n = self.type_name_of(v);
        Err(self.type_error(format!(
            "descriptor '{method}' for '{owner}' objects doesn't apply to a '{n}' object"
        )))
    }

    /// A keyword argument by name.
    pub fn kwarg(&self, args: &Args, name: &str) -> Option<Value> {
        args.kw
            .iter()
            .find(|(k, _)| crate::ops::str_of(*k) == name)
            .map(|(_, v)| *v)
    }

    /// Rejects keyword arguments for a function taking `*args` (bare name, as CPython).
    pub fn no_kwargs(&mut self, func: &str, args: &Args) -> PyResult<()> {
        if args.kw.is_empty() {
            return Ok(());
        }
        Err(self.type_error(format!("{func}() takes no keyword arguments")))
    }

    /// Rejects keyword arguments other than `allowed`.
    pub fn only_kwargs(&mut self, func: &str, args: &Args, allowed: &[&str]) -> PyResult<()> {
        for (k, _) in args.kw {
            let n = crate::ops::str_of(*k);
            if !allowed.contains(&n) {
                return Err(
                    self.type_error(format!("'{n}' is an invalid keyword argument for {func}()"))
                );
            }
        }
        Ok(())
    }

    /// Checks a method whose arguments after `self` are `params`, each given by position
    /// or by name (`str.split(sep=None, maxsplit=-1)`): unknown keywords, too many
    /// positional arguments, and one given both ways are CPython's TypeErrors.
    pub fn method_params(&mut self, func: &str, args: &Args, params: &[&str]) -> PyResult<()> {
        self.only_kwargs(func, args, params)?;
        let n = args.len().saturating_sub(1);
        if n > params.len() {
            return Err(self.parse_tuple_arity_error(func, n, 0, params.len()));
        }
        for (k, _) in args.kw {
            let name = crate::ops::str_of(*k);
            if let Some(i) = params.iter().position(|p| *p == name).filter(|&i| i < n) {
                return Err(self.type_error(format!(
                    "argument for {func}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        Ok(())
    }

    /// Positional argument `i`, or keyword `name`, or `None`.
    pub fn arg_or_kw(&self, args: &Args, i: usize, name: &str) -> Option<Value> {
        args.get(i).or_else(|| self.kwarg(args, name))
    }

    /// An argument that must be a str.
    pub fn str_arg<'a>(&mut self, v: Value, func: &str, what: &str) -> PyResult<&'a str> {
        match crate::ops::as_str(v) {
            Some(s) => Ok(s),
            None => {
                let n = self.type_name_of(v);
                Err(self.type_error(format!("{func}() argument {what} must be str, not {n}")))
            }
        }
    }

    /// The class of a built-in type's name (for error messages).
    pub fn kind_is(&self, v: Value, kind: Kind) -> bool {
        crate::objects::is_kind(v, kind)
    }

    /// A type argument.
    pub fn type_arg(&mut self, v: Value, msg: &str) -> PyResult<Gc<TypeData>> {
        match Gc::<TypeData>::from_value(v) {
            Some(t) => Ok(t),
            None => Err(self.type_error(msg.to_string())),
        }
    }
}
