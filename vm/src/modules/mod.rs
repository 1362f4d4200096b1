//! Built-in modules: `builtins`, `sys`, `math`, `_time`, `gc`, `dis`; the frozen
//! Python-source modules are listed in [`frozen`].

pub mod dis;
pub mod fileio;
pub mod frozen;
pub mod gc;
mod libc_math;
pub mod math;
mod math_special;
mod posix;
mod random;
mod sha512;
pub mod sys;
mod sys_frames;
mod sys_structs;
pub mod time;
mod time_calendar;

use crate::objects::function::NativeFn;
use crate::objects::{Gc, ModuleData};
use crate::value::Value;
use crate::vm::Vm;

/// Names of the modules compiled into pyrite.
pub const BUILTIN_MODULES: [&str; 9] = [
    "builtins", "sys", "math", "_time", "gc", "dis", "_random", "_fileio", "posix",
];

/// Whether `name` is a built-in module.
pub fn is_builtin_module(name: &str) -> bool {
    BUILTIN_MODULES.contains(&name)
}

/// Creates every built-in module and registers it in `sys.modules`.
pub fn install(vm: &mut Vm) {
    let b = builtin_module(vm, "builtins");
    // The builtins module's namespace is the builtins dict itself.
    let bm = vm.alloc(
        vm.types.module,
        ModuleData {
            name: b.name,
            dict: vm.builtins,
        },
    );
    let k = vm.intern("builtins");
    let _ = vm.dict_set(vm.modules, k, bm.value());
    vm.make_permanent(bm.value());
    sys::install(vm);
    math::install(vm);
    time::install(vm);
    gc::install(vm);
    dis::install(vm);
    random::install(vm);
    fileio::install(vm);
    posix::install(vm);
}

/// A new built-in module registered in `sys.modules`.
pub fn builtin_module(vm: &mut Vm, name: &str) -> Gc<ModuleData> {
    let m = vm.new_module(name, None);
    let k = vm.intern(name);
    let _ = vm.dict_set(vm.modules, k, m.value());
    vm.make_permanent(m.value());
    m
}

impl Vm {
    /// Adds a native function to a module.
    pub fn module_fn(&mut self, m: Gc<ModuleData>, name: &'static str, f: NativeFn) {
        let v = self.native(name, f);
        let k = self.intern(name);
        let _ = self.dict_set(m.dict, k, v);
    }

    /// Sets a module attribute.
    pub fn module_attr(&mut self, m: Gc<ModuleData>, name: &str, v: Value) {
        let k = self.intern(name);
        let _ = self.dict_set(m.dict, k, v);
    }
}
