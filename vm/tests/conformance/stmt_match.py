# The match statement: literal, capture, wildcard, value, sequence, mapping, class,
# or- and as-patterns, guards, and the runtime errors of class patterns.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case True:
            return "true?"
        case None:
            return "none"
        case "hello":
            return "greeting"
        case [] :
            return "empty seq"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [first, *rest] if len(rest) > 3:
            return f"long, first={first}, rest={rest}"
        case [first, *_, last]:
            return f"first={first} last={last}"
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": t, **others}:
            return f"typed {t} {others}"
        case {}:
            return "some mapping"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return f"string {s!r}"
        case _:
            return "other"
for v in [0, 2, True, None, "hello", [], (), [5], (1, 2), [1, 2, 3, 4, 5], [1, 2, 3], range(3),
          {"type": "point", "x": 1, "y": 2}, {"type": "circle", "r": 3}, {"a": 1}, -5, 7, 2.5, "abc", {1, 2}, "xy"]:
    print(repr(v), "->", describe(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"flat3 {x} {y}"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case [Point(x1, y1), Point(x2, y2)]:
            return f"segment {x1},{y1}-{x2},{y2}"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(1, 2, 0), Point3(1, 2, 3), [Point(1, 1), Point(2, 2)], 5]:
    print(where(p))
match 42:
    case x:
        print("captured", x)
print(x)
match (1, (2, 3)):
    case (a, (b, c)) as whole:
        print(a, b, c, whole)
cmd = "go north"
match cmd.split():
    case ["go", ("north" | "south") as direction]:
        print("going", direction)
    case _:
        print("?")
import math
match 3.141592653589793:
    case math.pi:
        print("pi!")
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print(rest)
for bad in ["class C: pass\nmatch C():\n case C(1): pass", "match 5:\n case int(1, 2): pass", "match 1:\n case print(): pass",
            "class C: __match_args__ = ['a']\nmatch C():\n case C(1): pass"]:
    try:
        exec(bad)
    except TypeError as e:
        print("TypeError", e)
