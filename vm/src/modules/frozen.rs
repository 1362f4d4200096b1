//! Standard-library modules written in Python and compiled into the binary.
//!
//! Their sources live in `vm/lib/` and are embedded with `include_str!`, so a pyrite
//! binary needs no files beside it. They are found after every `sys.path` entry (a
//! program's own `random.py` shadows ours, as it shadows CPython's) and are compiled
//! on first import like any other module; tracebacks name them `<frozen NAME>`, as
//! CPython does for its frozen modules. Writing them in Python keeps them visible to
//! the tracing JIT; the hot cores that need machine words (the Mersenne Twister
//! behind `random`) are native modules with a leading underscore.

/// `(module name, source)` pairs for modules `vm/lib/NAME.py`.
macro_rules! frozen_modules {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../lib/", $name, ".py")))),*]
    };
}

/// `(module name, source)` of every frozen module.
const FROZEN: &[(&str, &str)] = frozen_modules![
    "functools",
    "itertools",
    "operator",
    "heapq",
    "bisect",
    "keyword",
    "types",
    "random",
    "io",
    "os",
    "posixpath",
    "copy",
    "string",
    "abc",
    "dataclasses",
    "typing",
    "enum",
    "json",
    "fractions",
    "statistics",
    "warnings",
    "time",
    "_json_decode",
    "_enum_classes",
    "_typing_classes",
    "collections",
    "_collections",
    "_counter",
    "_chainmap",
    "_collections_abc",
    "_userdict",
];

/// The Python source of the frozen module `name`, if there is one.
pub fn source(name: &str) -> Option<&'static str> {
    FROZEN.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// Whether `name` is a frozen module.
pub fn is_frozen(name: &str) -> bool {
    source(name).is_some()
}
