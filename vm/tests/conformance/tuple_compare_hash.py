# Tuple comparison, hashing of int tuples, use as dict keys.
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9))
print((1, "a") < (1, "b"), (1, 2.0) == (1, 2), max((1, 2), (1, 3), (0, 9)))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2)), hash(()) == hash(()))
print(hash(0), hash(1), hash(-1), hash(42), hash(-42), hash(True))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100) == hash(2 ** 100 % (2 ** 61 - 1)))
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * c
print(grid[(2, 2)], grid[1, 2], (1, 1) in grid, (5, 5) in grid, len(grid))
pairs = {(1, 2), (2, 1), (1, 2)}
print(len(pairs), sorted(pairs))
try:
    hash(([1],))
except TypeError as e:
    print(type(e).__name__)
try:
    {([1], 2): 0}
except TypeError as e:
    print(type(e).__name__)
pts = [(3, 1), (1, 2), (1, 1), (2, 5), (3, 0)]
print(sorted(pts), sorted(pts, key=lambda p: (p[1], p[0])), min(pts), max(pts))
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print(type(e).__name__)
print((1, 2) != (1, 2), (1, (2, 3)) == (1, (2, 3)), (float("nan"),) == (float("nan"),))
