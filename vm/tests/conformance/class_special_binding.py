# Special methods found on the class are bound like attributes: staticmethod,
# classmethod, property and plain callable objects used as dunders.
class Adder:
    def __call__(self, a, b):
        return ("adder", type(a).__name__, b)
class C:
    __add__ = Adder()
    __len__ = staticmethod(lambda: 7)
    __getitem__ = classmethod(lambda cls, k: (cls.__name__, k))
    __call__ = staticmethod(lambda *a: ("call", a))
    __repr__ = classmethod(lambda cls: "<repr of " + cls.__name__ + ">")
    __eq__ = staticmethod(lambda b: ("eq", b))
    __iter__ = staticmethod(lambda: iter([1, 2]))
    __contains__ = classmethod(lambda cls, x: x == 3)
    __hash__ = staticmethod(lambda: 99)
    __bool__ = staticmethod(lambda: False)
c = C()
try:
    print(c + 5)
except TypeError as e:
    print("TypeError", e)
try:
    print(len(c))
except TypeError as e:
    print("TypeError", e)
print(c["k"])
print(c(1, 2))
print(repr(c))
print(c == 1)
try:
    print(list(c))
except TypeError as e:
    print("TypeError", e)
print(3 in c, 4 in c)
try:
    print(hash(c))
except TypeError as e:
    print("TypeError", e)
try:
    print(bool(c))
except TypeError as e:
    print("TypeError", e)
class D:
    def __init__(self):
        self.__len__ = lambda: 5
try:
    len(D())
except TypeError as e:
    print("TypeError", e)
class Prop:
    @property
    def __len__(self):
        return lambda: 11
print(len(Prop()))
class Setter:
    def __set__(self, obj, value):
        print("set", value)
class Holder:
    x = Setter()
h = Holder()
h.x = 5
print(h.__dict__)
class Enter:
    __enter__ = staticmethod(lambda: "entered")
    def __exit__(self, *a):
        return False
with Enter() as v:
    print(v)
class Idx:
    __index__ = classmethod(lambda cls: 2)
print([10, 20, 30][Idx()], round(2.5), divmod(7, 2))
class A: pass
A.__call__ = A()
try:
    A()()
except RecursionError as e:
    print("RecursionError", e)
class B: pass
B.__len__ = B.__call__ = B()
try:
    len(B())
except RecursionError as e:
    print("RecursionError", e)
class OnlySet:
    def __set__(self, obj, value):
        obj.__dict__["y"] = value * 2
class H2:
    y = OnlySet()
h2 = H2()
print(type(h2.y).__name__)
h2.y = 4
print(h2.y)
