# format() builtin and __format__ on built-in types; str() vs repr() in containers.
print(format(12), format(12, ""), format(12, "5"), format(12, "<5") + "|")
print(format("ab", "^6") + "|", format(1.5, "e"), format(0.1, ".3f"), format(True))
print(format(10, "b"), format(10, "o"), format(10, "x"), format(-10, "#x"))
print((255).__format__("x"), "abc".__format__(">5"), (2.5).__format__(".3f"))
print(str(1.0), repr(1.0), str("a"), repr("a"), str(None), repr(None))
print(str([1.0, "a", None, True]), repr((1,)), repr(()), repr([]), repr({}))
print(str({"a": [1, {"b": (2,)}]}), repr([[]]), repr([[], ()]))
print(repr(set()), repr({1, 2}), repr(frozenset()), repr(frozenset({3})))
print(repr(range(3)), repr(range(1, 10, 2)), repr(slice(1, 2)), repr(slice(None, 5, -1)))
print(str(3 + 0.5), str(-0.0), str(10 ** 16 * 1.0), str(1e-4), str(1e-5))
nested = [1, [2, [3, [4, [5]]]]]
print(nested, str(nested) == repr(nested))
d = {1: "one", (2, 3): [4.5], "k": {"x": None}}
print(d)
print(list(d), list(d.values()))
print(repr("x" * 3), str(type("x").__name__), format(type(1).__name__, ">4"))
print(format(1234.5678, ".2f"), format(1234.5678, "10.1e"), format(0.0001234, ".2g"))
print(format(65, "c"), format(-0.5, "+.0f"), format(1.5, "+.0f"))
