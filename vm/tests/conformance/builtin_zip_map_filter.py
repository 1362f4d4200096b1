# zip(), map(), filter() including uneven lengths, None filter, multiple iterables.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("a", "b", "c")))
keys, vals = ["a", "b", "c"], [1, 2, 3]
print(dict(zip(keys, vals)), list(zip(*zip(keys, vals))))
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
print(list(map(str.upper, "abc")), list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])))
print(list(map(int, "123")), list(map(len, ["", "a", "bb"])), list(map(abs, [-1, 0, 1])))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(lambda n: n % 2, range(10))), list(filter(str.isdigit, "a1b2c3")))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip(range(3), range(3))
print(next(z), list(z))
f = filter(lambda s: s.startswith("b"), ["apple", "banana", "blueberry", "cherry"])
print(type(f).__name__, type(m).__name__, type(z).__name__, list(f))
calls = []
def track(x):
    calls.append(x)
    return x > 2
lazy = filter(track, [1, 2, 3, 4])
print(calls, next(lazy), calls)
print(sum(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(list(map(list, zip(*matrix))), list(map(sum, matrix)), list(map(max, *matrix)))
