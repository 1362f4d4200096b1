//! Names the VM looks up often, interned once at start-up.

use crate::value::Value;

macro_rules! names {
    ($($field:ident = $s:literal),* $(,)?) => {
        /// Pre-interned attribute names.
        #[allow(missing_docs)]
        pub struct Names { $(pub $field: Value),* }

        impl Names {
            /// Interns every name with `intern`.
            pub fn new(mut intern: impl FnMut(&str) -> Value) -> Names {
                Names { $($field: intern($s)),* }
            }

            /// All names (for rooting).
            pub fn all(&self) -> Vec<Value> {
                vec![$(self.$field),*]
            }
        }
    };
}

names! {
    init = "__init__",
    new = "__new__",
    call = "__call__",
    repr = "__repr__",
    str_ = "__str__",
    hash = "__hash__",
    eq = "__eq__",
    ne = "__ne__",
    lt = "__lt__",
    le = "__le__",
    gt = "__gt__",
    ge = "__ge__",
    len = "__len__",
    bool_ = "__bool__",
    iter = "__iter__",
    next = "__next__",
    getitem = "__getitem__",
    setitem = "__setitem__",
    delitem = "__delitem__",
    contains = "__contains__",
    getattr = "__getattr__",
    getattribute = "__getattribute__",
    setattr = "__setattr__",
    delattr = "__delattr__",
    get = "__get__",
    set = "__set__",
    delete = "__delete__",
    enter = "__enter__",
    exit = "__exit__",
    neg = "__neg__",
    pos = "__pos__",
    invert = "__invert__",
    abs = "__abs__",
    index = "__index__",
    int_ = "__int__",
    float_ = "__float__",
    round = "__round__",
    format = "__format__",
    await_ = "__await__",
    name = "__name__",
    qualname = "__qualname__",
    module = "__module__",
    doc = "__doc__",
    dict = "__dict__",
    class = "__class__",
    main = "__main__",
    builtins = "__builtins__",
    init_subclass = "__init_subclass__",
    set_name = "__set_name__",
    class_getitem = "__class_getitem__",
    missing = "__missing__",
    reversed = "__reversed__",
    length_hint = "__length_hint__",
    send = "send",
    throw = "throw",
    close = "close",
    args = "args",
    file = "__file__",
    all = "__all__",
    write = "write",
    flush = "flush",
    keys = "keys",
    items = "items",
}
