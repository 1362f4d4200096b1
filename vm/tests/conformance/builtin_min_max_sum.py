# min(), max() with key/default/multiple args; sum() with start.
print(min(3, 1, 2), max(3, 1, 2), min([5]), max("hello"), min("hello"), max([1, 5], [1, 4]))
print(min([], default=None), max((), default="empty"), min([2, 1], default=9))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "kiwi"], key=len))
print(max([1, 3, 2, 3], key=lambda x: x), max([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(min({"a": 3, "b": 1, "c": 2}, key={"a": 3, "b": 1, "c": 2}.get))
print(max(-5, 2, key=abs), min(-5, 2, key=abs), max(range(10), key=lambda n: n % 4))
try:
    min([])
except ValueError as e:
    print(type(e).__name__)
try:
    max(1)
except TypeError as e:
    print(type(e).__name__)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 3), sum(range(101)), sum([], 5))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([True, True, True]))
print(sum(x * x for x in range(10)), sum([1.5, 2.5], start=1))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__)
print(max(2 ** 100, 2 ** 99), min(1, 1.0), max(1.0, 1), max(0, -0.0), min(float("inf"), 1e308))
scores = {"ann": 90, "bob": 72, "cy": 90}
best = max(scores.values())
print([k for k, v in scores.items() if v == best], max(scores, key=scores.get))
