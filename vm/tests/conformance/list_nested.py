# Nested lists: matrices, deep indexing, flattening.
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print(grid[1][2], grid[-1][-1], [row[0] for row in grid])
transposed = [[grid[r][c] for r in range(3)] for c in range(3)]
print(transposed)
print(list(map(list, zip(*grid))) == transposed)
grid[1][1] = "X"
for row in grid:
    print(" ".join(str(v) for v in row))
diag = [grid[i][i] for i in range(3)]
print(diag)

def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out

deep = [1, [2, [3, [4, [5, []]]]], [[6]], 7]
print(flatten(deep))

def depth(x):
    if not isinstance(x, list):
        return 0
    return 1 + max((depth(i) for i in x), default=0)

print(depth(deep), depth([]), depth(5))
tri = []
for i in range(6):
    row = [1] * (i + 1)
    for j in range(1, i):
        row[j] = tri[i - 1][j - 1] + tri[i - 1][j]
    tri.append(row)
for row in tri:
    print(row)
m = [[1, 2], [3, 4]]
copy_shallow = m[:]
copy_shallow[0][0] = 99
copy_deep = [r[:] for r in m]
copy_deep[1][1] = -1
print(m, copy_deep)
