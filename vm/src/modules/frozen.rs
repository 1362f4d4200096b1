//! Standard-library modules written in Python and compiled into the binary.
//!
//! Their sources live in `vm/lib/` and are embedded with `include_str!`, so a pyrite
//! binary needs no files beside it. They are found after every `sys.path` entry (a
//! program's own `random.py` shadows ours, as it shadows CPython's) and are compiled
//! on first import like any other module; tracebacks name them `<frozen NAME>`, as
//! CPython does for its frozen modules. Writing them in Python keeps them visible to
//! the tracing JIT; the hot cores that need machine words (the Mersenne Twister
//! behind `random`) are native modules with a leading underscore.

/// `(module name, source)` of every frozen module.
const FROZEN: &[(&str, &str)] = &[
    ("functools", include_str!("../../lib/functools.py")),
    ("itertools", include_str!("../../lib/itertools.py")),
    ("operator", include_str!("../../lib/operator.py")),
    ("heapq", include_str!("../../lib/heapq.py")),
    ("bisect", include_str!("../../lib/bisect.py")),
    ("keyword", include_str!("../../lib/keyword.py")),
    ("types", include_str!("../../lib/types.py")),
    ("random", include_str!("../../lib/random.py")),
    ("io", include_str!("../../lib/io.py")),
    ("os", include_str!("../../lib/os.py")),
    ("posixpath", include_str!("../../lib/posixpath.py")),
    ("copy", include_str!("../../lib/copy.py")),
    ("string", include_str!("../../lib/string.py")),
    ("abc", include_str!("../../lib/abc.py")),
    ("dataclasses", include_str!("../../lib/dataclasses.py")),
    ("typing", include_str!("../../lib/typing.py")),
    ("enum", include_str!("../../lib/enum.py")),
    ("json", include_str!("../../lib/json.py")),
    ("fractions", include_str!("../../lib/fractions.py")),
    ("statistics", include_str!("../../lib/statistics.py")),
    ("_json_decode", include_str!("../../lib/_json_decode.py")),
    ("_enum_classes", include_str!("../../lib/_enum_classes.py")),
    (
        "_typing_classes",
        include_str!("../../lib/_typing_classes.py"),
    ),
    ("collections", include_str!("../../lib/collections.py")),
    ("_collections", include_str!("../../lib/_collections.py")),
    ("_counter", include_str!("../../lib/_counter.py")),
    ("_chainmap", include_str!("../../lib/_chainmap.py")),
    (
        "_collections_abc",
        include_str!("../../lib/_collections_abc.py"),
    ),
];

/// The Python source of the frozen module `name`, if there is one.
pub fn source(name: &str) -> Option<&'static str> {
    FROZEN.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// Whether `name` is a frozen module.
pub fn is_frozen(name: &str) -> bool {
    source(name).is_some()
}
