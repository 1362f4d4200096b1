# from __future__ import annotations (PEP 563): annotations kept as source strings.
"""Module doc."""
from __future__ import annotations
from __future__ import division, generator_stop
def f(x: UndefinedName, y: list[int] = None, *args: int, **kw: dict[str, Undefined2]) -> Optional[Thing]:
    return 1
print(f(1), f.__annotations__)
class C:
    attr: SomeType
    other: int = 5
    def m(self) -> C:
        return self
print(C.__annotations__, C.other, C.m.__annotations__)
x: NotDefinedAnywhere = 3
print(x, __annotations__)
def g():
    local: Whatever = 1
    return local
print(g())
for src in ["from __future__ import braces", "from __future__ import nope", "x = 1\nfrom __future__ import annotations"]:
    try:
        exec(src)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
