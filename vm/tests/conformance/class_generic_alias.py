# Generic aliases in type hints: list[int], dict[str, tuple[int, ...]] | None ...
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], list[int].__origin__, list[int].__args__, type(list[int]), list[int] == list[int], list[int]([1, 2]), isinstance([], list))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
print(tuple[()], list['X'], set[int], frozenset[str], type(list[int]).__name__, hash(list[int]) == hash(list[int]))
print(list[int] | None, None | dict[str, int], int | list[str], (list[int] | None).__args__)
class Node: pass
print(list[Node], dict[str, "Node"], list[int] == list[str], list[int] != list[int])
def f(x: list[int], y: dict[str, tuple[int, ...]] | None = None) -> set[frozenset[int]]:
    return {frozenset(x)}
print(f([1, 2]), f.__annotations__["x"], f.__annotations__["return"])
x: tuple[int, ...] = (1,)
print(x, __annotations__["x"])
# types.GenericAlias can be built directly (as classes' __class_getitem__ do)
import types
class Box:
    __class_getitem__ = classmethod(types.GenericAlias)
print(Box[int], types.GenericAlias(list, (int, str)), Box[int].__origin__ is Box, Box[int] == types.GenericAlias(Box, int))
try:
    types.GenericAlias(list)
except TypeError as e:
    print('TypeError:', e)
