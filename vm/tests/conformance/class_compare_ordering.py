# Rich comparisons defined by hand (total ordering without functools).
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return isinstance(o, Version) and self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o
    def __gt__(self, o):
        return not self <= o
    def __ge__(self, o):
        return not self < o
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(s) for s in ["1.10.0", "1.2", "1.2.0", "0.9.9", "2.0", "1.2"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == Version("1.2"))
print(a == "1.2", a != "1.2", len(set(vs)))

verbose = True
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if verbose:
            print(f"  lt({self.v}, {o.v})")
        return self.v < o.v
    def __repr__(self):
        return f"O{self.v}"

x, y = OnlyLt(1), OnlyLt(2)
print(x < y)
print(y > x)
verbose = False
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]), max(OnlyLt(5), OnlyLt(9)))
try:
    x <= y
except TypeError as e:
    print(type(e).__name__)

class NoEq:
    pass
n1, n2 = NoEq(), NoEq()
print(n1 == n1, n1 == n2, n1 != n2)

class AlwaysEqual:
    def __eq__(self, o):
        return True
print(AlwaysEqual() == 5, 5 == AlwaysEqual(), AlwaysEqual() != 5, [AlwaysEqual()] == [1])
