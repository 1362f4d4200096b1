# collections.namedtuple: fields, defaults, _make/_replace/_asdict, renaming and errors
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], tuple(p), len(p), p == (11, 22), isinstance(p, tuple))
x, y = p; print(x, y, Point._fields, Point.__name__, Point.__module__, Point)
print(p._asdict(), p._replace(x=100), Point._make([3, 4]), Point.__doc__, Point.x.__doc__)
print(hash(p) == hash((11, 22)), sorted([Point(2, 1), Point(1, 2)]), p.count(11), p.index(22))
Color = namedtuple('Color', 'red green blue', defaults=[0, 255])
print(Color(1), Color(1, 2), Color._field_defaults, Color.__new__.__defaults__)
Emp = namedtuple('Emp', 'name, age dept')
print(Emp('ann', 30, 'ops'), Emp._fields)
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x'], rename=True)
print(R._fields)
One = namedtuple('One', 'value')
print(One(5), One._make([6]))
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(1, 2) + Vec(3, 4); print(v, v.norm2, type(v).__name__, Vec.__mro__[1].__name__)
match Point(1, 2):
    case Point(a, b):
        print('matched', a, b)
for f in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point._make([1]),
          lambda: p._replace(z=1), lambda: namedtuple('Bad', 'x x'), lambda: namedtuple('Bad', '_x'),
          lambda: namedtuple('Bad', 'class'), lambda: namedtuple('1x', 'a'), lambda: namedtuple('T', 'a', defaults=[1, 2]),
          lambda: setattr(p, 'x', 5)]:
    try:
        f()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
print(repr(Point.x), Point.y.__doc__)
