# Conway's Game of Life on a small wrapping grid, using sets of live cells.
W, H = 8, 6

def parse(rows):
    return {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}

def neighbours(cell):
    r, c = cell
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                yield ((r + dr) % H, (c + dc) % W)

def step(live):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in live)}

def render(live):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(W)) for r in range(H))

glider = parse([".#.", "..#", "###"])
board = glider
for gen in range(5):
    print(f"generation {gen}, population {len(board)}")
    print(render(board))
    board = step(board)
blinker = parse(["", ".###"])
print(sorted(step(blinker)), step(step(blinker)) == blinker)
state = glider
seen = {}
for gen in range(120):
    key = tuple(sorted(state))
    if key in seen:
        print("cycle detected: generation", gen, "repeats generation", seen[key])
        break
    seen[key] = gen
    state = step(state)
