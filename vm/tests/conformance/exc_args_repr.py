# Exception args, str() and repr() of built-in exceptions.
excs = [ValueError(), ValueError("msg"), ValueError("a", 1), KeyError("k"), KeyError(),
        IndexError("index"), TypeError("t"), RuntimeError("r"), Exception("x", "y"),
        StopIteration(5), AssertionError("assert msg"), KeyError(("tuple", 1))]
for e in excs:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
try:
    {}["missing"]
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    [1][5]
except IndexError as e:
    print(e.args, repr(e))
try:
    raise ValueError("with", "several", "args")
except ValueError as e:
    print(e.args[1], len(e.args), str(e))
e = RuntimeError("mutable")
e.args = ("changed",)
print(e, e.args)
err = ValueError("attr")
err.extra = 42
print(err.extra, hasattr(err, "extra"))
print(str(KeyError("it's")), str(KeyError('a"b')), str(KeyError(1)), str(KeyError(None)))
