# str.format with positional, keyword, index and attribute fields.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=25))
print("{0[0]} {0[1]} {1[key]}".format(["first", "second"], {"key": "value"}))
class P:
    def __init__(self):
        self.x, self.y = 3, 4
p = P()
print("({0.x}, {0.y})".format(p), "{p.x}".format(p=p))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:*^11}|{:08.3f}|{:+d}".format("mid", 3.14159, 5))
print("{{literal}} {}".format("braces"), "{{}}".format())
print("{!r} {!s} {!r:>8}".format("q", "q", "q"))
print("{0:{1}}|{0:>{1}}|".format("ab", 6), "{:{fill}{align}{w}}".format(7, fill="_", align=">", w=5))
print("{:,}".format(1234567), "{:_}".format(1234567), "{:.2%}".format(0.256))
print("{:b} {:o} {:x} {:X} {:#b}".format(10, 10, 255, 255, 5))
print("{:e} {:.2e} {:g} {:.3g}".format(1234.5, 1234.5, 0.00001234, 1234.5))
print("{} {}".format(None, [1, (2, 3)]), "{}".format({"a": 1}))
args = ["x", "y", "z"]
kwargs = {"sep": "-"}
print("{0}{sep}{1}{sep}{2}".format(*args, **kwargs))
for bad in ["{} {}", "{2}", "{missing}"]:
    try:
        bad.format("only")
    except (IndexError, KeyError) as e:
        print(bad, "->", type(e).__name__)
try:
    "{} {0}".format(1, 2)
except ValueError as e:
    print(type(e).__name__)
print("{:d}".format(True), "{}".format(True), "{:5}".format(True), "{:>5}".format("T"))
