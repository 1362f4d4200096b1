# In-place operators: __iadd__ mutating vs fallback to __add__ rebinding.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __add__(self, other):
        print("  __add__")
        return Bag(self.items + other.items)
    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other.items)
        return self
    def __repr__(self):
        return f"Bag({self.items})"

a = Bag([1])
alias = a
a += Bag([2])
print(a, alias, a is alias)
b = a + Bag([3])
print(b, b is a)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("  OnlyAdd.__add__")
        return OnlyAdd(self.v + o)
    def __repr__(self):
        return f"OnlyAdd({self.v})"

x = OnlyAdd(1)
y = x
x += 10
print(x, y, x is y)

class Counter:
    def __init__(self):
        self.n = 0
    def __isub__(self, k):
        self.n -= k
        return self
    def __imul__(self, k):
        self.n *= k
        return self
    def __ior__(self, k):
        self.n |= k
        return self
    def __ipow__(self, k):
        self.n **= k
        return self
c = Counter()
c -= 5
c *= -3
c |= 16
c **= 2
print(c.n)

class ReturnsOther:
    def __iadd__(self, o):
        return "something else"
r = ReturnsOther()
r += 1
print(r)
lst = [Bag([0])]
lst[0] += Bag([9])
print(lst)
