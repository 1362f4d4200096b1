//! A small embedding API: run Python code from Rust without touching VM internals (used by
//! the Rust benchmarks and by tools).
//!
//! ```
//! let mut py = pyrite_vm::embed::Interpreter::new();
//! py.exec("def square(x):\n    return x * x\n").unwrap();
//! assert_eq!(py.call("square", &[7]).unwrap(), "49");
//! ```

use crate::value::Value;
use crate::vm::{Vm, VmConfig};

/// A VM with a `__main__` module.
pub struct Interpreter {
    vm: Vm,
    globals: crate::objects::Gc<crate::objects::DictData>,
}

impl Interpreter {
    /// An interpreter with the default configuration.
    pub fn new() -> Interpreter {
        Interpreter::with_config(VmConfig::default())
    }

    /// An interpreter with a configuration (for instance a `script_dir` for imports).
    pub fn with_config(config: VmConfig) -> Interpreter {
        let mut vm = Vm::new(config);
        let module = vm.new_module("__main__", None);
        vm.make_permanent(module.value());
        let main = vm.names.main;
        let _ = vm.dict_set(vm.modules, main, module.value());
        Interpreter {
            vm,
            globals: module.dict,
        }
    }

    /// Runs statements in `__main__`; an uncaught exception comes back as its last
    /// traceback line.
    pub fn exec(&mut self, source: &str) -> Result<(), String> {
        let vm = &mut self.vm;
        let globals = self.globals;
        let r = vm
            .compile_source(source, "<embed>", crate::compiler::Mode::Exec)
            .and_then(|code| {
                vm.with_roots(&[code.value()], |vm| {
                    vm.exec_module_code(code, globals, Value::UNBOUND)
                })
            });
        vm.flush_stdout();
        r.map(|_| ()).map_err(|e| vm.exception_last_line(e.value()))
    }

    /// Calls a global function with int arguments; returns `repr()` of the result.
    pub fn call(&mut self, function: &str, args: &[i64]) -> Result<String, String> {
        let vm = &mut self.vm;
        let name = vm.intern(function);
        let Some(f) = vm.dict_get_str(self.globals, name) else {
            return Err(format!("NameError: name '{function}' is not defined"));
        };
        let argv: Vec<Value> = args.iter().map(|&a| vm.new_int(a)).collect();
        let r = vm.call(f, &argv, &[]).and_then(|v| vm.repr(v));
        vm.flush_stdout();
        r.map_err(|e| vm.exception_last_line(e.value()))
    }

    /// Collects garbage now; returns the number of objects reclaimed.
    pub fn collect(&mut self) -> usize {
        self.vm.collect_garbage()
    }
}

impl Default for Interpreter {
    fn default() -> Self {
        Interpreter::new()
    }
}
