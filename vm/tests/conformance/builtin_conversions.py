# Constructor conversions: int, float, str, bool, list, tuple, dict, set, frozenset.
print(int("42"), int("  -7  "), int("0b101", 0), int("z", 36), int(9.99), int(-9.99), int("1_000"))
print(float("1.5"), float(" -inf "), float("1e3"), float(7), float("nan") != float("nan"))
print(str(12), str(1.0), str(None), str([1, "a"]), str((None,)), str(True), str(-12.50))
print(bool(0), bool(""), bool([]), bool("0"), bool(0.0), bool(-1), bool(None), bool(()), bool([[]]))
print(list("abc"), list((1, 2)), list({"k": 1, "j": 2}), list(range(3)), list({3: 0}.items()))
print(tuple([1, 2]), tuple("hi"), tuple({"a": 1}), tuple(x * 2 for x in range(3)), tuple())
print(dict([(1, 2), (3, 4)]), dict(a=1), dict({"x": 0}, y=1), dict(zip("ab", "cd")), dict())
print(sorted(set("hello")), set([1, 2, 2]), set(), frozenset([1, 1]), sorted(frozenset("ab")))
print(list(map(int, ["1", "2"])), [float(x) for x in ("1", "2.5", "-3e2")])
print(int(True) + int(False), float(False), str(False), list(str(123)), int("".join(["1", "2"])))
for bad, conv in (("1.5", int), ("x", float), ([1, 2], dict), (5, list), (None, int)):
    try:
        conv(bad)
    except (ValueError, TypeError) as e:
        print(conv.__name__, repr(bad), "->", type(e).__name__)
print(int("-0"), float("-0"), str(-0.0), int(float("1e10")), int("00012"))
print(type(int()).__name__, int(), float(), repr(str()), list(), tuple(), dict(), bool())
print(str(10 ** 20), int(str(10 ** 20)) == 10 ** 20, float(str(0.1)) == 0.1)
