# Variable annotations: __annotations__ at module and class level, evaluation rules per target.
x: int = 5
y: str
z: 'list[int]' = []
print(__annotations__, x)
print('__annotations__' in dir())


class A:
    a: int
    b: float = 1.5
    __c: str = 'private'
    if True:
        d: bool = True

    def m(self):
        local: int = 3
        return local


print(A.__annotations__, A.b, A().m())


class B:
    pass


print('__annotations__' in B.__dict__)


class Obj:
    pass


o = Obj()
o.attr: int = 4
print(o.attr)
lst = [0]
lst[0]: int = 9
print(lst)
try:
    undefined_object.attr: int
except NameError as e:
    print('NameError:', e)
try:
    w: UndefinedType = 1
except NameError as e:
    print('NameError:', e, w)


def f():
    q: UndefinedInFunction = 2
    r: AlsoUndefined
    return q


print(f())
