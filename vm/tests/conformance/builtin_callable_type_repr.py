# callable(), type(), repr() of builtin values, and getattr/setattr/hasattr/delattr.
class C:
    attr = 1
    def method(self):
        return "m"
    def __call__(self):
        return "called"
class D:
    pass
print(callable(C), callable(C()), callable(D()), callable(print), callable(C().method))
print(callable(None), callable("s"), callable(lambda: 0), callable(str.upper), callable([].append))
print(type(C).__name__, type(C()).__name__, type(C().method).__name__, type(None).__name__)
print(repr(None), repr(True), repr(1), repr(1.0), repr("s"), repr([None]), repr((1,)), repr({1: None}))
print(repr(-0.0), repr(10 ** 20), repr(1e20), repr("a'b"), repr('a"b'), repr("a'b\"c"))
obj = D()
print(hasattr(obj, "x"), getattr(obj, "x", "missing"))
setattr(obj, "x", 10)
print(hasattr(obj, "x"), getattr(obj, "x"), obj.x)
delattr(obj, "x")
print(hasattr(obj, "x"))
print(getattr(C, "attr"), getattr(C(), "method")(), getattr("abc", "upper")())
setattr(C, "new_class_attr", "shared")
print(C().new_class_attr, hasattr(D, "new_class_attr"))
try:
    getattr(obj, "nothing")
except AttributeError as e:
    print(type(e).__name__)
try:
    getattr(obj, 5)
except TypeError as e:
    print(type(e).__name__)
names = ["alpha", "beta"]
for i, n in enumerate(names):
    setattr(obj, n, i)
print([getattr(obj, n) for n in names], sorted(obj.__dict__))
print(hasattr([], "append"), hasattr(5, "real"), hasattr(None, "x"), hasattr(len, "__call__"))
