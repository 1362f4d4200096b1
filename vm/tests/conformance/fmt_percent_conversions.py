# %-formatting converts through __index__, __int__ and __float__ as CPython does.
class I:
    def __index__(self): return 42
class N:
    def __int__(self): return 7
class F:
    def __float__(self): return 2.5
class Both:
    def __index__(self): return 3
    def __float__(self): return 9.75
tests = [("%d", I()), ("%x", I()), ("%o", I()), ("%c", I()), ("%f", F()), ("%e", F()), ("%g", Both()), ("%d", Both()),
         ("%d", N()), ("%x", N()), ("%d", F()), ("%f", I()), ("%d", 3.7), ("%x", 3.7), ("%i", "5"), ("%c", 3.0), ("%f", "x"),
         ("%r", 1.5), ("%a", "é"), ("%d", True), ("%5.2f%%", 1.0), ("%(a)s %(b)d", {"a": 1, "b": 2}),
         ("%*d", (5, 3)), ("%-*.*f|", (9, 2, 3.14159)), ("%c", 0x110000), ("%c", "ab"), ("%d", 2**100), ("%X", -255)]
for fmt, arg in tests:
    try:
        print(repr(fmt % arg))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(1.5 ^ 2**100 if False else "skip")
for a, b in [(1.5, 2**100), (2**100, 1.5), (1.5, 3), (2**100, "x"), ("x", 2**100), (1.5, 2**64)]:
    for op in ("^", "&", "|", "<<", ">>"):
        try:
            eval(f"a {op} b")
        except (TypeError, OverflowError, ValueError) as e:
            print(op, type(e).__name__, e)
