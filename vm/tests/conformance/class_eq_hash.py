# __eq__/__hash__ contracts: defining __eq__ disables hashing; dict/set behaviour.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(1, 2) in s, sorted(s, key=lambda p: (p.x, p.y)))
d = {P(0, 0): "origin"}
print(d[P(0, 0)], P(0, 0) in d, hash(P(3, 4)) == hash(P(3, 4)))

class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__ is None)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__)

class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, len({a, b, a}), hash(a) == hash(a))

class CountingHash:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        CountingHash.calls += 1
        return self.v % 3
    def __eq__(self, o):
        return self.v == o.v

items = {CountingHash(i): i for i in range(6)}
print(len(items), items[CountingHash(4)], CountingHash.calls)

class Child(P):
    pass
print(Child(1, 2) == P(1, 2), hash(Child(1, 2)) == hash(P(1, 2)))
class ChildEq(P):
    def __eq__(self, o):
        return False
print(ChildEq.__hash__ is None)
print(hash(7), hash((1, 2)) == hash((1, 2)), hash(True), hash(2 ** 64) == hash(2 ** 64))
