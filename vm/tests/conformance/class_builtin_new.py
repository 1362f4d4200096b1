# Built-in classes have their own __new__: subclasses reach it via super() or by name;
# when __new__ returns an instance of a subclass, that subclass's __init__ runs.
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), type(Pos(-5)).__name__)
class S(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(S("abc"))
class T(tuple):
    def __new__(cls, *a):
        return super().__new__(cls, a)
print(T(1,2), len(T(1,2,3)))
class E(Exception):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
print(repr(E(1,2)))
class F(float):
    def __new__(cls, v):
        return float.__new__(cls, v * 2)
class Pos(int):
    def __new__(cls, v):
        return int.__new__(cls, v)
    def __init__(self, v):
        super().__init__()
print(Pos(3))
class B(int): pass
class C(B):
    def __new__(cls, v):
        return super(C, cls).__new__(cls, v)
print(C(7))
class L(list):
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, *a):
        super().__init__(a)
print(L(1,2))
class D(dict):
    def __new__(cls, *a, **k):
        o = super().__new__(cls)
        return o
print(D(a=1))
class Ex(ValueError):
    def __init__(self, m):
        super().__init__(m)
        self.m = m
print(Ex("x").m)
for call in (lambda: int.__new__(str), lambda: int.__new__(5), lambda: int.__new__(), lambda: object.__new__(int), lambda: list.__new__(list, [1]), lambda: int.__new__(int, "12"), lambda: int.__new__(bool, 3)):
    try:
        print(repr(call()))
    except TypeError as e:
        print("TypeError:", e)
class P(int): pass
print(P.__new__(P, 5) + 1, type(P.__new__(P, 5)).__name__)
print('__new__' in int.__dict__, '__new__' in P.__dict__)
class Base:
    def __new__(cls, *a):
        if cls is Base:
            return Sub.__new__(Sub, *a)
        return super().__new__(cls)
    def __init__(self, x):
        print("init", type(self).__name__, x)
class Sub(Base):
    def __init__(self, x):
        print("sub init", x)
b = Base(3)
print(type(b).__name__)
class Weird:
    def __new__(cls):
        return 42
print(Weird())
class K(Exception):
    def __new__(cls, *a, **k):
        self = super().__new__(cls, *a)
        self.extra = k
        return self
    def __init__(self, *a, **k):
        super().__init__(*a)
print(K(1, z=2).extra, K(1, z=2).args)
