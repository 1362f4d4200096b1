//! The virtual machine: heap, register stack, frames, built-in classes and modules.
//!
//! One `Vm` runs one program on one thread. Everything it can reach at a safepoint is
//! enumerated by [`Vm::trace_roots`]: the live part of the register stack, the frames, the
//! built-in classes and modules, interned strings and the temporary roots of native code.

use crate::error::PyErr;
pub use crate::error::PyResult;
use crate::interp::frame::Frame;
use crate::names::Names;
use crate::objects::{self, DictData, Gc, ListData, Payload, StrData, TupleData, TypeData};
use crate::types::BuiltinTypes;
use crate::value::Value;
use pyrite_gc::{Heap, HeapConfig, ObjRef, ObjectModel, Tracer};
use rustc_hash::FxHashMap as HashMap;
use std::io::Write;

/// The collector binding: how pyrite objects are traced and finalized.
pub struct PyModel;

impl ObjectModel for PyModel {
    fn trace(obj: ObjRef, tracer: &mut dyn Tracer) {
        let class = obj.header().class();
        if class != 0 {
            // SAFETY: class words are written by `alloc_in` from live type objects, which
            // are kept alive by this very edge.
            tracer.visit(unsafe { ObjRef::from_raw(class) });
        }
        objects::trace_object(obj, tracer);
    }

    fn finalize(obj: ObjRef) {
        objects::finalize_object(obj);
    }

    fn external_size(obj: ObjRef) -> usize {
        objects::external_size_of(obj)
    }
}

/// The heap type used by the VM.
pub type PyHeap = Heap<PyModel>;

/// Allocates an object with payload `data` and class word `class` (a type's address).
pub fn alloc_in<T: Payload>(heap: &mut PyHeap, class: usize, data: T) -> Gc<T> {
    let size = std::mem::size_of::<objects::PyObj<T>>();
    // Buffers the payload owns (big-int digits, string bytes, tuple items) count towards the
    // next collection, so that garbage with large buffers is found in time.
    let external = data.external_size();
    if external > 0 {
        pyrite_gc::note_external_alloc(external);
    }
    let _ = objects::payload_offset::<T>();
    let obj = match heap.alloc(size, class, T::KIND as u8) {
        Ok(o) => o,
        Err(_) => {
            eprintln!("pyrite: fatal: out of memory allocating {size} bytes");
            std::process::exit(137);
        }
    };
    // SAFETY: `obj` is a fresh cell of `size` bytes whose header is initialised; the payload
    // starts at HEADER_SIZE (checked by `payload_offset`) and is written exactly once.
    unsafe {
        (obj.payload_ptr() as *mut T).write(data);
        Gc::from_obj_unchecked(obj)
    }
}

/// Settings of a VM run.
#[derive(Debug, Clone)]
pub struct VmConfig {
    /// `-O` level: 1 removes asserts and makes `__debug__` false.
    pub optimize: u8,
    /// Heap settings (collector, stress mode).
    pub heap: HeapConfig,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Directory searched first by `import` (the script's directory).
    pub script_dir: Option<std::path::PathBuf>,
    /// Native stack bytes the VM may use (counted from where it was created) before deep
    /// recursion through native code raises RecursionError. Must be below the stack size of
    /// the thread the VM runs on.
    pub native_stack_budget: usize,
}

impl Default for VmConfig {
    fn default() -> Self {
        VmConfig {
            optimize: 0,
            heap: HeapConfig::default(),
            argv: Vec::new(),
            script_dir: None,
            native_stack_budget: 1 << 20,
        }
    }
}

/// The virtual machine.
pub struct Vm {
    /// The garbage-collected heap.
    pub heap: PyHeap,
    /// Registers of all frames, each frame a window.
    pub stack: Vec<Value>,
    /// Active Python frames, innermost last.
    pub frames: Vec<Frame>,
    /// Values native code keeps alive across calls into Python.
    pub temp_roots: Vec<Value>,
    /// Built-in classes.
    pub types: Box<BuiltinTypes>,
    /// Pre-interned names.
    pub names: Names,
    /// The `builtins` namespace.
    pub builtins: Gc<DictData>,
    /// `sys.modules`.
    pub modules: Gc<DictData>,
    /// Interned strings.
    pub interned: HashMap<Box<str>, Value>,
    /// Objects that live as long as the VM (modules, singletons).
    pub permanent: Vec<Value>,
    /// Settings.
    pub config: VmConfig,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: usize,
    /// `sys.get_int_max_str_digits()` (0: no limit).
    pub int_max_str_digits: usize,
    /// Bumped on every store into a class namespace; invalidates lookup caches.
    pub type_epoch: u64,
    /// The generator a call made last, and where: (frame depth, index of the instruction
    /// after the call). GET_ITER_FRESH compares with it; never dereferenced.
    pub fresh_generator: (u64, usize, usize),
    /// The `()` singleton (unbound until first needed).
    pub empty_tuple: Value,
    /// Objects whose repr is being computed (for `[...]` on recursive containers).
    pub repr_stack: Vec<Value>,
    /// Buffered standard output.
    pub stdout: Vec<u8>,
    /// Whether standard output is a terminal (then it is flushed at every newline).
    pub stdout_tty: bool,
    /// Native stack address at VM start, for the native recursion guard.
    pub native_stack_base: usize,
    /// Native stack bytes the VM may use before raising RecursionError.
    pub native_stack_budget: usize,
    /// Source text of every compiled file, for traceback lines.
    pub sources: HashMap<String, std::rc::Rc<crate::compiler::SourceMap>>,
}

impl Vm {
    /// A new VM with built-in classes, builtins and standard modules installed.
    pub fn new(config: VmConfig) -> Vm {
        let mut heap = Heap::new(config.heap.clone());
        let types = Box::new(BuiltinTypes::create(&mut heap));
        let builtins = alloc_in(&mut heap, types.dict.obj().addr(), DictData::new());
        let modules = alloc_in(&mut heap, types.dict.obj().addr(), DictData::new());
        let marker = 0u8;
        let mut vm = Vm {
            heap,
            stack: Vec::with_capacity(4096),
            frames: Vec::with_capacity(64),
            temp_roots: Vec::new(),
            types,
            names: Names::new(|_| Value::NONE),
            builtins,
            modules,
            interned: HashMap::default(),
            permanent: Vec::new(),
            config,
            recursion_limit: 1000,
            int_max_str_digits: crate::ops::int_str::DEFAULT_MAX_STR_DIGITS,
            type_epoch: 1,
            fresh_generator: (0, 0, 0),
            empty_tuple: Value::UNBOUND,
            repr_stack: Vec::new(),
            stdout: Vec::with_capacity(8192),
            stdout_tty: is_tty(1),
            native_stack_base: &marker as *const u8 as usize,
            native_stack_budget: 0,
            sources: HashMap::default(),
        };
        vm.native_stack_budget = vm.config.native_stack_budget;
        let names = Names::new(|s| vm.intern(s));
        vm.names = names;
        crate::builtins::install(&mut vm);
        vm
    }

    /// Allocates an object of class `class`.
    #[inline]
    pub fn alloc<T: Payload>(&mut self, class: Gc<TypeData>, data: T) -> Gc<T> {
        alloc_in(&mut self.heap, class.obj().addr(), data)
    }

    /// A new `str`.
    pub fn new_str(&mut self, s: impl Into<Box<str>>) -> Value {
        self.alloc(self.types.str_, StrData::new(s)).value()
    }

    /// The interned `str` with this text.
    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(&v) = self.interned.get(s) {
            return v;
        }
        let v = self.new_str(s);
        self.interned.insert(s.into(), v);
        v
    }

    /// A new `tuple`.
    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            // `()` is a singleton, as in CPython (`() is ()`).
            if self.empty_tuple.is_unbound() {
                let t = self.alloc(
                    self.types.tuple,
                    TupleData {
                        items: Box::new([]),
                    },
                );
                self.make_permanent(t.value());
                self.empty_tuple = t.value();
            }
            return self.empty_tuple;
        }
        self.alloc(
            self.types.tuple,
            TupleData {
                items: items.into_boxed_slice(),
            },
        )
        .value()
    }

    /// A new `list`.
    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.alloc(self.types.list, ListData::new(items)).value()
    }

    /// A new empty `dict`.
    pub fn new_dict(&mut self) -> Gc<DictData> {
        self.alloc(self.types.dict, DictData::new())
    }

    /// The class of any value.
    #[inline]
    pub fn class_of(&self, v: Value) -> Gc<TypeData> {
        if v.is_small_int() {
            return self.types.int;
        }
        if let Some(o) = v.as_obj() {
            // SAFETY: an object's class word is the address of its (live) class object.
            return unsafe { Gc::from_obj_unchecked(ObjRef::from_raw(o.header().class())) };
        }
        if v.is_imm_float() {
            return self.types.float;
        }
        match v {
            Value::TRUE | Value::FALSE => self.types.bool_,
            Value::NONE => self.types.none,
            Value::NOT_IMPLEMENTED => self.types.not_implemented,
            _ => self.types.ellipsis,
        }
    }

    /// Whether `sub` is `sup` or derives from it.
    #[inline]
    pub fn is_subclass(&self, sub: Gc<TypeData>, sup: Gc<TypeData>) -> bool {
        sub == sup || sub.mro.borrow().contains(&sup.value())
    }

    /// `isinstance(v, cls)` for a single class.
    #[inline]
    pub fn is_instance(&self, v: Value, cls: Gc<TypeData>) -> bool {
        self.is_subclass(self.class_of(v), cls)
    }

    /// The class's `__name__` as text.
    pub fn type_name(&self, cls: Gc<TypeData>) -> String {
        match Gc::<StrData>::from_value(cls.name.get()) {
            Some(s) => s.as_str().to_string(),
            None => "?".into(),
        }
    }

    /// The name of `v`'s class.
    pub fn type_name_of(&self, v: Value) -> String {
        self.type_name(self.class_of(v))
    }

    /// Index one past the registers of the innermost frame.
    #[inline]
    pub fn stack_top(&self) -> usize {
        match self.frames.last() {
            Some(f) => f.top,
            None => 0,
        }
    }

    /// Runs `f` with `vals` rooted (for native code that calls back into Python).
    pub fn with_roots<R>(&mut self, vals: &[Value], f: impl FnOnce(&mut Vm) -> R) -> R {
        let mark = self.temp_roots.len();
        self.temp_roots.extend_from_slice(vals);
        let r = f(self);
        self.temp_roots.truncate(mark);
        r
    }

    /// A safepoint: collects if the heap asks for it.
    #[inline]
    pub fn safepoint(&mut self) {
        if self.heap.should_collect() {
            self.collect_garbage();
        }
    }

    /// Collects now (at a safepoint). Returns the number of objects reclaimed.
    pub fn collect_garbage(&mut self) -> usize {
        let top = self.stack_top();
        if self.heap.config().verify {
            self.verify_registers(top);
        }
        let mut roots = Roots {
            stack: &self.stack[..top],
            frames: &self.frames,
            temp: &self.temp_roots,
            types: &self.types,
            names: &self.names,
            builtins: self.builtins,
            modules: self.modules,
            interned: &self.interned,
            permanent: &self.permanent,
            repr_stack: &self.repr_stack,
        };
        self.heap.collect(&mut roots)
    }

    /// Verify mode: every register below `top` must hold a live object; otherwise report
    /// which frame and register hold the dangling reference (a VM rooting bug).
    fn verify_registers(&self, top: usize) {
        for (i, v) in self.stack[..top].iter().enumerate() {
            let Some(obj) = v.as_obj() else { continue };
            if self.heap.is_live_object(obj) {
                continue;
            }
            let owner = self
                .frames
                .iter()
                .rev()
                .find(|f| f.base <= i && i < f.base + f.code.meta.nregs as usize);
            let place = match owner {
                Some(f) => format!(
                    "register r{} of {} (pc {})",
                    i - f.base,
                    f.code.meta.qualname,
                    f.pc
                ),
                None => format!("stack slot {i} outside any frame"),
            };
            panic!(
                "gc verify: {place} holds {:#x}, which is not a live object (a rooting bug)",
                obj.addr()
            );
        }
    }

    /// Writes text to standard output (buffered).
    pub fn write_stdout(&mut self, s: &str) {
        self.stdout.extend_from_slice(s.as_bytes());
        if self.stdout.len() > 1 << 16 || (self.stdout_tty && s.contains('\n')) {
            self.flush_stdout();
        }
    }

    /// Flushes standard output.
    pub fn flush_stdout(&mut self) {
        if !self.stdout.is_empty() {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&self.stdout);
            let _ = out.flush();
            self.stdout.clear();
        }
    }

    /// Writes text to standard error (unbuffered; flushes stdout first to keep order).
    pub fn write_stderr(&mut self, s: &str) {
        self.flush_stdout();
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(s.as_bytes());
        let _ = err.flush();
    }

    /// Raises RecursionError if the native stack is nearly used up.
    #[inline]
    pub fn check_native_stack(&mut self) -> PyResult<()> {
        self.check_native_stack_for("")
    }

    /// [`Vm::check_native_stack`] with CPython's suffix for the message (such as
    /// `" while calling a Python object"`).
    #[inline]
    pub fn check_native_stack_for(&mut self, what: &str) -> PyResult<()> {
        let marker = 0u8;
        let here = &marker as *const u8 as usize;
        if self.native_stack_base.saturating_sub(here) > self.native_stack_budget {
            return Err(self.new_error(
                crate::error::ExcKind::RecursionError,
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        Ok(())
    }

    /// Records a value that must live as long as the VM.
    pub fn make_permanent(&mut self, v: Value) {
        self.permanent.push(v);
    }

    /// Builds an exception error from a class and args tuple.
    pub fn error_from(&mut self, cls: Gc<TypeData>, args: Value) -> PyErr {
        PyErr::new(self.new_exception(cls, args))
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        self.flush_stdout();
        self.heap.finalize_all();
    }
}

/// The VM's roots, borrowed for one collection.
struct Roots<'a> {
    stack: &'a [Value],
    frames: &'a [Frame],
    temp: &'a [Value],
    types: &'a BuiltinTypes,
    names: &'a Names,
    builtins: Gc<DictData>,
    modules: Gc<DictData>,
    interned: &'a HashMap<Box<str>, Value>,
    permanent: &'a [Value],
    repr_stack: &'a [Value],
}

impl pyrite_gc::RootSet for Roots<'_> {
    fn trace_roots(&mut self, t: &mut dyn Tracer) {
        objects::trace_values(self.stack, t);
        for f in self.frames {
            f.trace(t);
        }
        objects::trace_values(self.temp, t);
        for ty in self.types.all() {
            t.visit(ty.obj());
        }
        objects::trace_values(&self.names.all(), t);
        t.visit(self.builtins.obj());
        t.visit(self.modules.obj());
        for v in self.interned.values() {
            objects::trace_value(*v, t);
        }
        objects::trace_values(self.permanent, t);
        objects::trace_values(self.repr_stack, t);
    }
}

fn is_tty(fd: i32) -> bool {
    use std::io::IsTerminal;
    match fd {
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }
}
