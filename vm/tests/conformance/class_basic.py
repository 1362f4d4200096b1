# Class definition, instances, methods, attributes and __init__.
class Dog:
    species = "canis"
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        self.tricks = []
    def add_trick(self, trick):
        self.tricks.append(trick)
        return self
    def describe(self):
        return f"{self.name} ({self.age}) knows {', '.join(self.tricks) or 'nothing'}"

d1 = Dog("Rex", 3)
d2 = Dog("Fido")
d1.add_trick("sit").add_trick("roll")
print(d1.describe())
print(d2.describe())
print(d1.species, d2.species, Dog.species, d1.tricks is d2.tricks)
d2.species = "override"
print(d1.species, d2.species, Dog.species)
Dog.species = "lupus"
print(d1.species, d2.species)
print(type(d1).__name__, Dog.__name__, d1.__class__ is Dog, isinstance(d1, Dog))
d1.color = "brown"
print(d1.color, hasattr(d2, "color"))
print(Dog.describe(d2), d1.describe == d1.describe)
m = d1.describe
d1.age = 10
print(m())

class Empty:
    pass

e = Empty()
e.x = 1
print(e.x, type(e).__name__, isinstance(e, object))
class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2
print(Point(1, 2).dist2(Point(4, 6)), Point().x)
