# property deleters, read-only properties and properties in subclasses.
class Person:
    def __init__(self, name):
        self._name = name
    @property
    def name(self):
        if self._name is None:
            raise AttributeError("name was deleted")
        return self._name
    @name.setter
    def name(self, v):
        self._name = v.strip().title()
    @name.deleter
    def name(self):
        print("  deleting name")
        self._name = None

p = Person("ada")
print(p.name)
p.name = "  grace hopper "
print(p.name)
del p.name
try:
    p.name
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "name"))
p.name = "linus"
print(p.name, hasattr(p, "name"))

class ReadOnly:
    @property
    def value(self):
        return 42
r = ReadOnly()
for action in ("set", "del"):
    try:
        if action == "set":
            r.value = 1
        else:
            del r.value
    except AttributeError as e:
        print(action, "->", type(e).__name__)

class Base:
    @property
    def label(self):
        return "base"
class Child(Base):
    @property
    def label(self):
        return "child of " + super().label
print(Base().label, Child().label)

class Lazy:
    def __init__(self):
        self._cache = None
        self.computed = 0
    @property
    def data(self):
        if self._cache is None:
            self.computed += 1
            self._cache = [i * i for i in range(5)]
        return self._cache
    @data.deleter
    def data(self):
        self._cache = None
lz = Lazy()
lz.data; lz.data
del lz.data
print(lz.data, lz.computed)
