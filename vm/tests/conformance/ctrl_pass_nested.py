# Deeply nested control flow with early returns, pass and loop-carried state.
def search(grid, target):
    for r, row in enumerate(grid):
        for c, val in enumerate(row):
            if val == target:
                return r, c
    return None

grid = [[5, 1, 9], [7, 3, 8], [2, 6, 4]]
print(search(grid, 3), search(grid, 4), search(grid, 10))

def describe(n):
    parts = []
    if n % 2 == 0:
        parts.append("even")
        if n % 4 == 0:
            parts.append("div4")
            if n % 8 == 0:
                parts.append("div8")
    else:
        parts.append("odd")
        if n % 3 == 0:
            parts.append("div3")
        else:
            pass
    return ",".join(parts)

for n in (1, 3, 4, 8, 16, 9, 10):
    print(n, describe(n))

result = []
i = 0
while i < 20:
    i += 1
    if i % 2:
        continue
    j = 0
    while j < i:
        j += 3
        if j > 10:
            break
    else:
        result.append((i, j))
        continue
    result.append(("big", i))
print(result)

class Empty:
    pass

def noop():
    pass

print(noop(), type(Empty()).__name__)
