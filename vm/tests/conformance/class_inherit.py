# Single inheritance: overriding, extending via super(), isinstance/issubclass.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"

class Cat(Animal):
    sound = "meow"
    def kind(self):
        return "cat, a kind of " + super().kind()

class Lion(Cat):
    sound = "roar"
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + f" (pride {self.pride})"

animals = [Animal("generic"), Cat("Tom"), Lion("Leo", "north")]
for a in animals:
    print(type(a).__name__, "|", a.speak(), "|", a.kind())
l = animals[2]
print(isinstance(l, Lion), isinstance(l, Cat), isinstance(l, Animal), isinstance(l, object))
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Cat, Cat), issubclass(bool, int))
print(isinstance(3, (str, int)), isinstance("s", (list, tuple)))
print(Lion.__bases__[0].__name__, Cat.__bases__[0].__name__, Animal.__bases__[0].__name__)
print([c.__name__ for c in Lion.__mro__])
print(Lion.sound, Cat.sound, Animal.sound, l.name, l.pride)
class Base:
    def template(self):
        return f"[{self.hook()}]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
