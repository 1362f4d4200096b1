# sorted() and reversed() on many iterable types, stability and key functions.
print(sorted([3, 1, 2]), sorted("cab"), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted({5, 2, 7}))
print(sorted(range(5), reverse=True), sorted([], reverse=True), sorted("bBaA"))
print(sorted(["b", "A", "a", "B"], key=str.lower), sorted(["b", "A", "a", "B"], key=str.upper, reverse=True))
data = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(sorted(data), key=lambda t: -t[1]))
print(sorted([-3, 2, -1, 0], key=abs), sorted([1.5, -2, 0.25, 1]), sorted([True, False, 0, 1]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
print(list(reversed({"a": 1, "b": 2})), "".join(reversed("stressed")))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Rev())))
class OwnRev:
    def __reversed__(self):
        return iter(["custom", "reverse"])
print(list(reversed(OwnRev())))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__)
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(set(words), key=words.index))
