//! Argument checking for native functions, with CPython's messages.

use crate::error::PyResult;
use crate::objects::function::Args;
use crate::objects::{Gc, Kind, Payload, TypeData};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Checks the positional count of a native call that takes no keywords.
    pub fn arity(&mut self, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
        if !args.kw.is_empty() {
            return Err(self.type_error(format!("{name}() takes no keyword arguments")));
        }
        self.arity_pos(name, args.len(), min, max)
    }

    /// Checks a positional argument count.
    pub fn arity_pos(&mut self, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
        if n >= min && n <= max {
            return Ok(());
        }
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name}() takes exactly {min} arguments ({n} given)"),
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        Err(self.type_error(msg))
    }

    /// Checks a method call: `self` plus `min..=max` more positional arguments, no keywords.
    pub fn method_arity(
        &mut self,
        qualname: &str,
        args: &Args,
        min: usize,
        max: usize,
    ) -> PyResult<()> {
        if !args.kw.is_empty() {
            return Err(self.type_error(format!("{qualname}() takes no keyword arguments")));
        }
        if args.pos.is_empty() {
            return Err(self.type_error(format!("unbound method {qualname}() needs an argument")));
        }
        self.arity_pos(qualname, args.len() - 1, min, max)
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

    /// Rejects keyword arguments other than `allowed`.
    pub fn only_kwargs(&mut self, func: &str, args: &Args, allowed: &[&str]) -> PyResult<()> {
        for (k, _) in args.kw {
            let n = crate::ops::str_of(*k);
            if !allowed.contains(&n) {
                return Err(
                    self.type_error(format!("{func}() got an unexpected keyword argument '{n}'"))
                );
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
