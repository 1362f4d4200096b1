# __call__, __repr__, __str__ and their use by print/str/repr/format and containers.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale
    def __repr__(self):
        return f"Adder({self.n})"

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(add5, [0, 10])), add5, [add5], str(add5), f"{add5}", f"{add5!r}")

class Both:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
b = Both()
print(b, str(b), repr(b), [b], (b,), {"k": b}, f"{b} {b!r}", "%s %r" % (b, b))

class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(o, str(o), repr(o).startswith("<__main__.OnlyStr object at "))

class OnlyRepr:
    def __repr__(self):
        return "only-repr"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__)

class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self):
        self.count += 1
        return self.count
cnt = Counter()
for _ in range(3):
    cnt()
print(cnt.count, cnt())
class Nested:
    def __init__(self, children):
        self.children = children
    def __repr__(self):
        return f"N{self.children!r}"
print(Nested([Nested([]), Nested([Nested([])])]))
