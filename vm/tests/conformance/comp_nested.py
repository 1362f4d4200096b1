# Nested comprehensions: matrices, flattening, cartesian products.
n = 4
identity = [[1 if r == c else 0 for c in range(n)] for r in range(n)]
for row in identity:
    print(row)
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
print([x for row in m for x in row if x % 2 == 0])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print([[c for c in w] for w in ["ab", "cd"]])
suits, ranks = "SH", "A23"
print([r + s for s in suits for r in ranks])
table = [[f"{i}x{j}={i * j}" for j in range(1, 4)] for i in range(1, 3)]
print(table)
flat = [x for sub in [[1, [2]], [3, 4], [[5]]] for x in sub]
print(flat)
print({k: [v * 2 for v in vs] for k, vs in {"a": [1, 2], "b": [3]}.items()})
print([[y for y in range(x)] for x in range(4)])
print(sum(x * y for x in range(10) for y in range(10) if x < y))
grid = ["#.#", "...", "##."]
print([(r, c) for r, line in enumerate(grid) for c, ch in enumerate(line) if ch == "#"])
print([[sum(m[r][c] for c in range(3)) for r in range(2)]])
