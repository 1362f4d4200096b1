# type(), isinstance(), issubclass() with builtins and user classes.
values = [1, 1.5, "s", [1], (1,), {1: 2}, {1}, frozenset(), None, True, range(1), slice(1)]
print([type(v).__name__ for v in values])
print(type(1) is int, type(True) is int, type(True) is bool, isinstance(True, int))
print(isinstance(1, float), isinstance(1.0, (int, float)), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, object), issubclass(str, (int, str)))
print(type(int).__name__, type(type).__name__, isinstance(int, type), type(object).__name__)
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C), type(b) is A, type(b) is B)
print(issubclass(B, A), issubclass(B, (C,)), issubclass(A, B), issubclass(A, object))
print(type(b).__name__, b.__class__.__name__, B.__name__, A.__name__, type(B).__name__)
print(isinstance(A, type), isinstance(b, type), callable(A))
T = type(b)
print(isinstance(T(), B), T is B)
try:
    isinstance(b, "A")
except TypeError as e:
    print(type(e).__name__)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__)
def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (list, tuple)):
        return "sequence"
    if isinstance(x, dict):
        return "mapping"
    return type(x).__name__
print([kind(v) for v in (True, 3, [1], (2,), {}, "s", 2.0, None)])
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError), issubclass(type, object))
