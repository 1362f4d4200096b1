# __slots__ restricts the attributes instances accept (and takes away __dict__).
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x)
for stmt in ["p.y", "p.z = 3", "p.__dict__", "vars(p)"]:
    try:
        exec(stmt)
        print("ok", stmt)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
p.y = 2
print(p.y)
del p.y
class Q(P):
    pass
q = Q(1)
q.z = 5
print(q.z, q.__dict__.get('z'))
class R(P):
    __slots__ = ("w",)
r = R(1)
r.w = 3
try:
    r.v = 1
except AttributeError as e:
    print(type(e).__name__, e)
class D:
    __slots__ = ("a", "__dict__")
d = D()
d.b = 1
print(d.b)
class S:
    __slots__ = "single"
s = S()
s.single = 1
print(s.single)
try:
    s.other = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class Bad:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print(type(e).__name__, e)
print(P.__slots__)
for bad in [(1,), ("a b",)]:
    try:
        class B2:
            __slots__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
class Private:
    __slots__ = ("__s", "__dunder__")
    def __init__(self):
        self.__s = 3
        self.__dunder__ = 4
    def g(self):
        return self.__s + self.__dunder__
print(Private().g())
