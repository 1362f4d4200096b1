# X | Y on classes makes a types.UnionType accepted by isinstance and issubclass.
U = int | str
print(U, type(U), U.__args__, int | None, None | int, int | int, (int | str) | float, int | (str | float))
print(isinstance(3, U), isinstance(3.0, U), isinstance(None, int | None), issubclass(bool, int | str), issubclass(float, U))
print((int | str) == (str | int), (int | str) == (int | float), hash(int | str) == hash(str | int))
class A: pass
print(A | int, list[int] if False else "", isinstance(A(), A | None))
try:
    int | 3
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(3, 3)
except TypeError as e:
    print("TypeError", e)
try:
    type(int | str)()
except TypeError as e:
    print("TypeError", e)
