# Attribute loads and stores at one site across instances of different "shapes",
# and after the class changes under a warm inline cache.

class P:
    pass


def make(order):
    p = P()
    for name in order:
        setattr(p, name, name.upper())
    return p


def read_x(objs):
    return [o.x for o in objs]


def write_x(objs, v):
    for o in objs:
        o.x = v


objs = [make("xyz"), make("zyx"), make("yxz"), make("x")]
print(read_x(objs))
write_x(objs, 1)
print([sorted(vars(o).items()) for o in objs])

# A fresh object at a warm store site: the key is new to its dict.
fresh = [P() for _ in range(3)]
write_x(fresh, 2)
print([vars(o) for o in fresh])

# The class gains a data descriptor: stores and loads must go through it.
log = []


def get_x(self):
    log.append("get")
    return "prop"


def set_x(self, v):
    log.append(("set", v))


P.x = property(get_x, set_x)
write_x(objs[:2], 3)
print(read_x(objs[:2]), log)
print([vars(o)["x"] for o in objs[:2]])
del P.x
print(read_x(objs[:2]))

# The class gains __setattr__ after the site is warm.
write_x(objs, 4)


def setattr_hook(self, name, value):
    object.__setattr__(self, name, ("hooked", value))


P.__setattr__ = setattr_hook
write_x(objs[:1], 5)
print(objs[0].x)
del P.__setattr__
write_x(objs[:1], 6)
print(objs[0].x)


# __class__ reassignment moves an object to a class with a property.
class Q:
    @property
    def x(self):
        return "Q.x"


o = make("x")
print(read_x([o]))
o.__class__ = Q
print(read_x([o]))
try:
    write_x([o], 7)
except AttributeError as e:
    print("AttributeError:", e)

# Deleting and re-adding attributes changes positions in the instance dict.
a = make("xyz")
del a.x
a.x = "again"
print(read_x([a]), list(vars(a)))
# Non-str keys in an instance dict do not confuse lookups by name.
a.__dict__[1] = "one"
write_x([a], 8)
print(read_x([a]), vars(a))
