# abc: abstract methods block instantiation; register and __subclasshook__
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
class Half(Shape):
    def area(self):
        return 0
for cls in [Shape, Half]:
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)
sq = Square(3); print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape).__name__, isinstance(Shape, ABCMeta), issubclass(Square, ABC))
class Prop(ABC):
    @property
    @abstractmethod
    def name(self): ...
try:
    Prop()
except TypeError as e:
    print('TypeError:', e)
class Named(Prop):
    name = 'n'
print(Named().name)
class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))
class Duck(ABC):
    pass
class Mallard:
    pass
print(issubclass(Mallard, Duck), Duck.register(Mallard) is Mallard, issubclass(Mallard, Duck), isinstance(Mallard(), Duck))
class Sub(Mallard):
    pass
print(isinstance(Sub(), Duck), issubclass(int, Duck))
class WithNew(ABC):
    def __new__(cls):
        return super().__new__(cls)
    @abstractmethod
    def f(self): ...
try:
    WithNew()
except TypeError as e:
    print('TypeError:', e)
