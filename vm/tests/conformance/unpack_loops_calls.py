# Unpacking in for loops, comprehensions, function returns and calls.
def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, mean = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, mean)
rows = [("a", 1, True), ("b", 2, False), ("c", 3, True)]
print([name for name, _, flag in rows if flag])
print({name: num for name, num, _ in rows})
print(sum(n for _, n, _ in rows))
def point(x, y, z=0):
    return f"({x}, {y}, {z})"
coords = [(1, 2), (3, 4, 5)]
for c in coords:
    print(point(*c))
opts = {"y": 9, "x": 8}
print(point(**opts), point(1, **{"z": 7, "y": 2}))
def divmods(pairs):
    for a, b in pairs:
        yield a, *divmod(a, b)
for orig, q, r in divmods([(17, 5), (9, 3), (-7, 2)]):
    print(orig, q, r)
grid = [[(r, c) for c in range(2)] for r in range(2)]
for row in grid:
    for r, c in row:
        print(f"{r}{c}", end=" ")
print()
t = 1, 2
print(point(*t, *()), point(*t, z=t[0]))
a, b = b, a = 1, 2
print(a, b)
