//! Python exceptions as Rust errors.
//!
//! Every fallible VM operation returns [`PyResult`]; the error is the exception object
//! itself. Built-in exception classes are listed once in [`exc_kinds!`], which generates
//! [`ExcKind`] with each class's name and base, and one constructor helper per common case.

use crate::objects::{ExceptionData, Gc};
use crate::value::Value;
use crate::vm::Vm;

/// A raised Python exception.
#[derive(Clone, Copy, Debug)]
pub struct PyErr {
    /// The exception instance.
    pub exc: Gc<ExceptionData>,
    /// Set for re-raises, which must not add a traceback entry for the current frame again.
    pub reraised: bool,
}

/// Result of a VM operation.
pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// Wraps an exception instance.
    pub fn new(exc: Gc<ExceptionData>) -> PyErr {
        PyErr {
            exc,
            reraised: false,
        }
    }

    /// The exception as a value.
    pub fn value(&self) -> Value {
        self.exc.value()
    }
}

macro_rules! exc_kinds {
    ($($kind:ident : $base:ident),* $(,)?) => {
        /// The built-in exception classes.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[allow(missing_docs)]
        pub enum ExcKind { $($kind),* }

        impl ExcKind {
            /// Every built-in exception, bases before subclasses.
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$kind),*];

            /// The class name.
            pub fn name(self) -> &'static str {
                match self { $(ExcKind::$kind => stringify!($kind)),* }
            }

            /// The base class (BaseException is its own base here; it derives from object).
            pub fn base(self) -> ExcKind {
                match self { $(ExcKind::$kind => ExcKind::$base),* }
            }
        }
    };
}

exc_kinds! {
    BaseException: BaseException,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    FutureWarning: Warning,
    PendingDeprecationWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
}

impl Vm {
    /// A new exception of a built-in class with a message.
    pub fn new_error(&mut self, kind: ExcKind, msg: impl Into<String>) -> PyErr {
        let msg = self.new_str(msg.into());
        let args = self.new_tuple(vec![msg]);
        PyErr::new(self.new_exception(self.types.exc(kind), args))
    }

    /// A new exception of a built-in class with no arguments.
    pub fn new_error_noargs(&mut self, kind: ExcKind) -> PyErr {
        let args = self.new_tuple(vec![]);
        PyErr::new(self.new_exception(self.types.exc(kind), args))
    }

    /// A new exception of a built-in class with one argument.
    pub fn new_error_arg(&mut self, kind: ExcKind, arg: Value) -> PyErr {
        let args = self.new_tuple(vec![arg]);
        PyErr::new(self.new_exception(self.types.exc(kind), args))
    }

    /// `TypeError(msg)`.
    pub fn type_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::TypeError, msg)
    }

    /// `ValueError(msg)`.
    pub fn value_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::ValueError, msg)
    }

    /// `IndexError(msg)`.
    pub fn index_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::IndexError, msg)
    }

    /// `KeyError(key)`.
    pub fn key_error(&mut self, key: Value) -> PyErr {
        self.new_error_arg(ExcKind::KeyError, key)
    }

    /// `AttributeError(msg)`.
    pub fn attribute_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::AttributeError, msg)
    }

    /// `ZeroDivisionError(msg)`.
    pub fn zero_division(&mut self, msg: &str) -> PyErr {
        self.new_error(ExcKind::ZeroDivisionError, msg)
    }

    /// `OverflowError(msg)`.
    pub fn overflow_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::OverflowError, msg)
    }

    /// `RuntimeError(msg)`.
    pub fn runtime_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::RuntimeError, msg)
    }

    /// `MemoryError()`.
    pub fn memory_error(&mut self) -> PyErr {
        self.new_error_noargs(ExcKind::MemoryError)
    }

    /// Checks that a buffer of `bytes` bytes, sized by the program (a repeat count, a
    /// width, a length), can be allocated; `MemoryError` if not. Rust aborts the process on
    /// a failed allocation, so sizes the program controls are probed first: a large
    /// request reserves and releases the memory (address space only: no page is touched),
    /// which fails when the real allocation (with a temporary copy) would.
    pub fn check_alloc(&mut self, bytes: Option<usize>) -> PyResult<()> {
        const PROBE_FROM: usize = 1 << 26;
        match bytes {
            Some(b) if b < PROBE_FROM => Ok(()),
            // Kernels that overcommit accept reservations far beyond the machine; a request
            // above its memory and swap together can never be met.
            Some(b) if b > machine_memory() => Err(self.memory_error()),
            // Twice the size: building a result usually holds a temporary copy as well.
            Some(b)
                if b <= isize::MAX as usize / 2
                    && Vec::<u8>::new().try_reserve_exact(b * 2).is_ok() =>
            {
                Ok(())
            }
            _ => Err(self.memory_error()),
        }
    }

    /// `NotImplementedError` for a language or library feature pyrite does not support yet.
    pub fn unsupported(&mut self, feature: &str) -> PyErr {
        self.new_error(
            ExcKind::NotImplementedError,
            format!("pyrite does not support {feature} yet"),
        )
    }

    /// Whether `err` is an instance of the built-in exception `kind`.
    pub fn err_is(&self, err: &PyErr, kind: ExcKind) -> bool {
        let cls = self.class_of(err.value());
        self.is_subclass(cls, self.types.exc(kind))
    }
}

/// The machine's memory plus swap in bytes (`/proc/meminfo`), or unlimited if unknown.
fn machine_memory() -> usize {
    static TOTAL: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *TOTAL.get_or_init(|| {
        let Ok(info) = std::fs::read_to_string("/proc/meminfo") else {
            return usize::MAX;
        };
        let field = |name: &str| -> Option<usize> {
            let line = info.lines().find(|l| l.starts_with(name))?;
            let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
            kb.checked_mul(1024)
        };
        match (field("MemTotal:"), field("SwapTotal:")) {
            (Some(m), s) => m.saturating_add(s.unwrap_or(0)),
            _ => usize::MAX,
        }
    })
}
