"""Meteor contest: tile a 5 x 10 board of hexagonal cells with ten distinct
five-cell pieces, each usable in any of its twelve orientations (six
rotations, mirrored or not).  Placements are precomputed as 50-bit masks,
indexed by their lowest cell; the solver always fills the lowest empty cell
and prunes boards that leave an empty region whose size is not a multiple of
five.  Solutions are rendered as 50-character strings; the lexicographically
smallest and largest are kept.

Stresses: integer bit operations, recursion, list-of-lists lookups, string
building, flood fill.
run(n) searches until n solutions are found (or the space is exhausted).
"""

WIDTH = 5
HEIGHT = 10
CELLS = WIDTH * HEIGHT

# Piece shapes in axial hex coordinates (q, r).  Own design: ten connected
# five-cell "pentahexes".
SHAPES = [
    [(0, 0), (1, 0), (2, 0), (3, 0), (3, 1)],
    [(0, 0), (0, 1), (-1, 2), (-2, 2), (-3, 3)],
    [(0, 0), (-1, 0), (-2, 0), (-2, 1), (-1, 2)],
    [(0, 0), (1, 0), (2, 0), (1, 1), (1, 2)],
    [(0, 0), (0, -1), (-1, -1), (-1, 0), (-1, 1)],
    [(0, 0), (1, 0), (2, 0), (2, -1), (1, -1)],
    [(0, 0), (0, -1), (1, -2), (2, -2), (1, -1)],
    [(0, 0), (1, -1), (1, 0), (2, 0), (3, -1)],
    [(0, 0), (0, 1), (0, 2), (1, 2), (1, 3)],
    [(0, 0), (1, 0), (1, -1), (1, -2), (1, -3)],
]


def to_axial(col, row):
    return (col - (row - (row & 1)) // 2, row)


def to_cell(q, r):
    if r < 0 or r >= HEIGHT:
        return -1
    col = q + (r - (r & 1)) // 2
    if col < 0 or col >= WIDTH:
        return -1
    return r * WIDTH + col


def rotate(shape):
    # 60 degree rotation in axial coordinates
    return [(-r, q + r) for (q, r) in shape]


def mirror(shape):
    return [(r, q) for (q, r) in shape]


def orientations(shape):
    result = []
    seen = set()
    current = shape
    for flip in range(2):
        for _ in range(6):
            # normalise: translate so the first cell in board order is at 0
            cells = sorted(current, key=lambda c: (c[1], c[0]))
            q0, r0 = cells[0]
            norm = tuple(sorted([(q - q0, r - r0) for (q, r) in cells]))
            if norm not in seen:
                seen.add(norm)
                result.append(norm)
            current = rotate(current)
        current = mirror(shape)
    return result


def neighbours_of(cell):
    row = cell // WIDTH
    col = cell % WIDTH
    q, r = to_axial(col, row)
    out = []
    for dq, dr in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)):
        k = to_cell(q + dq, r + dr)
        if k >= 0:
            out.append(k)
    return out


class Meteor(object):
    def __init__(self):
        self.neighbours = [neighbours_of(c) for c in range(CELLS)]
        # placements[cell][piece] = list of masks whose lowest cell is `cell`
        self.placements = [[[] for _ in SHAPES] for _ in range(CELLS)]
        for p in range(len(SHAPES)):
            for shape in orientations(SHAPES[p]):
                for cell in range(CELLS):
                    q0, r0 = to_axial(cell % WIDTH, cell // WIDTH)
                    mask = 0
                    lowest = CELLS
                    ok = True
                    for (dq, dr) in shape:
                        k = to_cell(q0 + dq, r0 + dr)
                        if k < 0:
                            ok = False
                            break
                        mask |= 1 << k
                        if k < lowest:
                            lowest = k
                    if ok and self.region_ok(mask, 0):
                        self.placements[lowest][p].append(mask)
        self.full = (1 << CELLS) - 1
        self.pieces = [0] * CELLS
        self.count = 0
        self.limit = 0
        self.best = None
        self.worst = None

    def region_ok(self, board, start):
        """Every empty region at or after `start` has a size divisible by 5."""
        seen = board
        neigh = self.neighbours
        for cell in range(start, CELLS):
            bit = 1 << cell
            if seen & bit:
                continue
            seen |= bit
            size = 1
            stack = [cell]
            while stack:
                c = stack.pop()
                for k in neigh[c]:
                    b = 1 << k
                    if not seen & b:
                        seen |= b
                        size += 1
                        stack.append(k)
            if size % 5:
                return False
        return True

    def record(self):
        text = "".join([str(p) for p in self.pieces])
        self.count += 1
        if self.best is None or text < self.best:
            self.best = text
        if self.worst is None or text > self.worst:
            self.worst = text

    def solve(self, board, used, cell):
        while board >> cell & 1:
            cell += 1
        placements = self.placements[cell]
        for p in range(10):
            if used >> p & 1:
                continue
            for mask in placements[p]:
                if board & mask:
                    continue
                nb = board | mask
                if nb == self.full:
                    self.mark(mask, p)
                    self.record()
                    return self.count >= self.limit
                if not self.region_ok(nb, cell):
                    continue
                self.mark(mask, p)
                if self.solve(nb, used | (1 << p), cell + 1):
                    return True
        return False

    def mark(self, mask, piece):
        k = 0
        while mask:
            if mask & 1:
                self.pieces[k] = piece
            mask >>= 1
            k += 1


QUICK = 6
DEFAULT = 300


def run(n):
    m = Meteor()
    m.limit = n
    m.solve(0, 0, 0)
    return "%d %s %s" % (m.count, m.best, m.worst)
