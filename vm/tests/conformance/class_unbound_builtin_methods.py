# Native methods called through their class check the type of self; repr of
# built-in subclasses through super().
tests = [lambda: set.add(frozenset(), 1), lambda: set.add(), lambda: list.append((), 1), lambda: str.upper(5),
         lambda: int.__add__(1.5, 2), lambda: dict.get([], 1), lambda: str.join(",", ["a", "b"]),
         lambda: list.append([], 1), lambda: object.__repr__(5)[:12], lambda: int.__add__(True, 2),
         lambda: float.__add__(1, 2.0), lambda: BaseException.with_traceback(5, None)]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
class L(list): pass
print(list.append(L(), 3))
class L(list):
    def __repr__(self): return "L" + super().__repr__()
class D(dict):
    def __repr__(self): return "D" + super().__repr__()
class I(int):
    def __repr__(self): return "I" + super().__repr__()
class S(str):
    def __repr__(self): return "S" + super().__repr__()
class T(tuple):
    def __repr__(self): return "T" + super().__repr__()
class F(float):
    def __repr__(self): return "F" + super().__repr__()
class St(set):
    def __repr__(self): return "St" + super().__repr__()
class E(ValueError):
    def __repr__(self): return "E" + super().__repr__()
print(L([1]), D(a=1), I(3), S("x"), T((1,)), F(1.5), St({1}), repr(E(2)))
print(repr(L([1])), repr(D(a=1)), repr(I(3)), repr(S("x")), str(F(2.5)))
class Fs(frozenset): pass
class St(set): pass
print(Fs(), Fs([1]), St(), St([2]), repr(Fs("a")))
