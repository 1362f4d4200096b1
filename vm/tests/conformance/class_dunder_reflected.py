# Reflected operators (__radd__ etc.) and NotImplemented fallbacks.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__ with", type(other).__name__)
        return self.__add__(other)
    def __mul__(self, k):
        if isinstance(k, int):
            return Money(self.cents * k)
        return NotImplemented
    __rmul__ = __mul__
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __repr__(self):
        return f"Money({self.cents})"

m = Money(250)
print(m + 50, m + Money(5))
print(50 + m)
print(sum([Money(1), Money(2), Money(3)]))
print(3 * m, m * 3, 1000 - m)
try:
    m + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" + m
except TypeError as e:
    print(type(e).__name__)

class Left:
    def __add__(self, o):
        print("  Left.__add__")
        return NotImplemented
class Right:
    def __radd__(self, o):
        print("  Right.__radd__")
        return "right wins"
print(Left() + Right())

class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__ (subclass reflected first)"
print(Base() + Sub(), Sub() + Base())
class Neither:
    pass
try:
    Neither() + Neither()
except TypeError as e:
    print(e)
print(NotImplemented is NotImplemented, bool(Left.__add__(Left(), 1) is NotImplemented))
