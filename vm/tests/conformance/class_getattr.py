# __getattr__ (fallback only), getattr/setattr/hasattr/delattr on instances.
class Proxy:
    def __init__(self, target):
        self._target = target
        self.own = "own attribute"
    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
print(p.own)
p.append(0)
print(p._target, p.count(1))
try:
    p.nonexistent_method
except AttributeError as e:
    print(type(e).__name__)

class Dynamic:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(name)
d = Dynamic()
print(d.get_status(), d.get_x())
print(hasattr(d, "get_y"), hasattr(d, "other"))
print(getattr(d, "missing", "default value"))

class Obj:
    cls_attr = "class level"
o = Obj()
setattr(o, "dyn", 42)
print(o.dyn, getattr(o, "dyn"), getattr(o, "cls_attr"), hasattr(o, "dyn"))
delattr(o, "dyn")
print(hasattr(o, "dyn"), getattr(o, "dyn", None))
try:
    delattr(o, "dyn")
except AttributeError as e:
    print(type(e).__name__)
try:
    o.nope
except AttributeError as e:
    print(e)
for name in ["a", "b", "c"]:
    setattr(o, name, name * 2)
print([getattr(o, n) for n in "abc"], sorted(vars(o)))
print(getattr(5, "real"), getattr("s", "upper")(), hasattr([], "append"))
