# classmethod: alternative constructors, per-class state, inheritance of cls.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m:02d}, {self.d:02d})"

class BirthDate(Date):
    def age_at(self, year):
        return year - self.y

print(Date.from_string("2024-03-09"), Date.epoch(), Date(1, 2, 3).from_string("0999-12-31"))
b = BirthDate.from_string("1990-07-15")
print(b, type(b).__name__, b.age_at(2024), BirthDate.epoch())

class Counted:
    count = 0
    def __init__(self):
        type(self).increment()
    @classmethod
    def increment(cls):
        cls.count += 1
    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.count}"

class SubCounted(Counted):
    count = 0

for _ in range(3):
    Counted()
for _ in range(2):
    SubCounted()
print(Counted.how_many(), SubCounted.how_many(), SubCounted().how_many())

class Shape:
    registry = {}
    @classmethod
    def register(cls, name):
        def deco(sub):
            cls.registry[name] = sub
            return sub
        return deco
    @classmethod
    def create(cls, name, *args):
        return cls.registry[name](*args)

@Shape.register("sq")
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def __repr__(self):
        return f"Sq({self.s})"

print(Shape.create("sq", 3), sorted(Shape.registry), Sq.create("sq", 1))
m = Date.from_string
print(m("2000-01-01"), type(m).__name__)
