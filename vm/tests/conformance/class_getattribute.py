# A class's own __getattribute__ runs for every attribute read (not for implicit dunder
# lookups), with __getattr__ as its AttributeError fallback.
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        print("get", name)
        return super().__getattribute__(name)
    def meth(self):
        return "m"
o = Logged()
print(o.x)
print(o.meth())
for i in range(3):
    o.x
class Fallback:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
f = Fallback()
print(f.secret, f.other)
f.y = 5
print(f.y)
class Const:
    def __getattribute__(self, name):
        return 42
c = Const()
print(c.anything, c.__class__ if False else "", getattr(c, "zz"))
class NoGA:
    def __getattribute__(self, name):
        raise AttributeError(name)
try:
    NoGA().q
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(NoGA(), "q"))
print(type(c).__name__, len([1]))
