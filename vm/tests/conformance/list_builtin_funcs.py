# Builtins applied to lists: len, sum, min, max, sorted, reversed, enumerate, zip.
a = [4, -2, 7, 0, 7, 3]
print(len(a), sum(a), min(a), max(a), sum(a, 100), sum([]), sum([[1], [2]], []))
print(sorted(a), list(reversed(a)), a.index(max(a)))
print(list(enumerate(a, 1))[:3], [i for i, v in enumerate(a) if v == 7])
print(list(zip(a, "abcdef")), list(zip(a, [1, 2])), list(zip()))
print(any(x < 0 for x in a), all(x < 10 for x in a), any([]), all([]))
print(list(filter(None, a)), list(map(abs, a)), list(map(lambda x, y: x * y, a, a)))
r = reversed(a)
print(next(r), next(r), list(r))
print(max(a, key=lambda v: -v), min([], default="empty"), max(3, 9, 2))
print(list(range(5))[::-1] == list(reversed(range(5))))
words = ["aa", "b", "cccc", "dd"]
print(max(words, key=len), min(words, key=len), sorted(words, key=len))
acc = []
for i, (x, y) in enumerate(zip([1, 2, 3], [10, 20, 30])):
    acc.append(i * (x + y))
print(acc)
print([sum(col) for col in zip([1, 2], [3, 4], [5, 6])])
print(list(map(str, [1, 2.5, None])), "".join(map(str, range(5))))
