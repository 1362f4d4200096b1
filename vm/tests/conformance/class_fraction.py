# A hand-written Fraction class exercising many dunders together.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def _coerce(x):
        return x if isinstance(x, Frac) else Frac(x)
    def __add__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        return self + -self._coerce(o)
    def __rsub__(self, o):
        return self._coerce(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __eq__(self, o):
        o = self._coerce(o)
        return self.n == o.n and self.d == o.d
    def __lt__(self, o):
        o = self._coerce(o)
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)

a, b = Frac(1, 2), Frac(3, 4)
print(a + b, a - b, a * b, a / b, -a, 1 + a, 1 - a, 2 * b, a + 1)
print(a == Frac(2, 4), a < b, b < a, a == Frac(1, 2), Frac(4, 2))
print(sorted([Frac(2, 3), Frac(1, 3), Frac(5, 6), Frac(-1, 2)]), float(Frac(1, 8)))
h = Frac(0)
for k in range(1, 11):
    h = h + Frac(1, k)
print("H10 =", h, float(h))
print(sum([Frac(1, 2 ** k) for k in range(1, 11)]), len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
