# len(), range(), enumerate() with start.
print(len(""), len("abc"), len([1, 2]), len((1,)), len({}), len({1: 2}), len(set()), len(range(10)))
print(len("日本語"), len("😀"), len([[]]), len(frozenset([1, 1, 2])))
class Sized:
    def __len__(self):
        return 42
print(len(Sized()))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__)
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)))
for i, (a, b) in enumerate(zip("xy", "pq"), start=100):
    print(i, a, b)
e = enumerate([10, 20, 30])
print(next(e), next(e), list(e), list(e))
print(dict(enumerate("hey")), [i * v for i, v in enumerate([5, 5, 5])])
print(list(range(3)), list(range(1, 4)), list(range(0, 10, 4)), list(range(3, 0, -1)))
lines = ["first", "second", "third"]
for num, line in enumerate(lines, 1):
    print(f"{num:>3}: {line}")
print(type(enumerate([])).__name__, list(enumerate([])))
print(len(list(enumerate(range(1000)))), list(enumerate(range(1000)))[-1])
