//! pyrite: a research Python virtual machine.
//!
//! Source is parsed by rustpython-parser and compiled ([`compiler`]) to a register
//! bytecode, which the interpreter ([`interp`]) runs over objects that live in the
//! garbage-collected heap of the `pyrite-gc` crate ([`objects`], [`vm`]). Values are single
//! tagged words ([`value`]). [`ops`] implements Python's operations, [`builtins`] and
//! [`modules`] the standard library subset, [`runner`] the top level (tracebacks, exit
//! status) and [`cli`] the `pyrite` command.

pub mod builtins;
pub mod cli;
pub mod compiler;
pub mod embed;
pub mod error;
pub mod format;
pub mod import;
pub mod interp;
pub mod loader;
pub mod modules;
pub mod names;
pub mod objects;
pub mod ops;
pub mod runner;
pub mod suggest;
pub mod types;
pub mod value;
pub mod vm;

pub use error::{PyErr, PyResult};
pub use value::Value;
pub use vm::{Vm, VmConfig};
