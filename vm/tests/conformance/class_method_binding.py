# Bound and unbound methods, methods stored on instances, functions assigned to classes.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other="world"):
        return f"{self.name} greets {other}"

g = Greeter("Ann")
bound = g.greet
print(bound(), bound("Bob"), Greeter.greet(g, "Cy"))
print(bound.__name__, callable(bound), g.greet() == bound())
methods = [Greeter("A").greet, Greeter("B").greet]
print([m() for m in methods])

def shout(self):
    return self.name.upper()
Greeter.shout = shout
print(g.shout(), Greeter("late").shout())

g.instance_fn = lambda x: x * 2
print(g.instance_fn(21))

class Op:
    def __init__(self, k):
        self.k = k
    def apply(self, x):
        return x * self.k
ops = [Op(2).apply, Op(3).apply]
print([f(10) for f in ops], list(map(Op(5).apply, [1, 2])))

class Chain:
    def __init__(self):
        self.parts = []
    def add(self, p):
        self.parts.append(p)
        return self
    def build(self):
        return "-".join(self.parts)
print(Chain().add("a").add("b").add("c").build())
print(Greeter.greet.__name__, type(bound).__name__, type(Greeter.greet).__name__)
b1 = g.greet
b2 = g.greet
print(b1 == b2, b1 is b2)
