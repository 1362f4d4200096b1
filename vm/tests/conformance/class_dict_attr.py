# Instance __dict__, class attributes vs instance attributes, vars().
class Config:
    version = 1
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

c = Config(host="localhost", port=80)
print(c.__dict__, vars(c) is c.__dict__)
c.debug = True
print(c.__dict__)
c.__dict__["injected"] = "via dict"
print(c.injected, "version" in c.__dict__, c.version)
c.version = 2
print(c.__dict__["version"], Config.version)
del c.version
print(c.version, "version" in c.__dict__)
del c.__dict__["host"]
print(hasattr(c, "host"), sorted(c.__dict__))

class Counter:
    total = 0
    def __init__(self):
        self.mine = 0
    def hit(self):
        self.mine += 1
        Counter.total += 1
    def shadow_hit(self):
        self.total += 1

a, b = Counter(), Counter()
a.hit(); a.hit(); b.hit()
print(a.mine, b.mine, Counter.total, a.total)
a.shadow_hit()
print(a.total, b.total, Counter.total, a.__dict__)

class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(Shared.items, s1.items is s2.items)
print(type(c.__dict__).__name__, len(vars(Counter())))
print("hit" in Counter.__dict__, "mine" in Counter.__dict__, Counter.__name__)
