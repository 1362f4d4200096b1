"""Hexiom: solver for the hexagonal tile puzzle.  A hexagonal board holds
numbered tiles and holes; every tile's number must equal how many of its
(up to six) neighbours hold tiles.  Given only the multiset of tiles and some
tiles locked in place, the solver finds every arrangement by backtracking
with neighbour-count pruning.  Puzzles are generated from random layouts
made with the PRNG, so at least one solution always exists.

Stresses: recursion, list and dict manipulation, small-int comparisons,
many short method calls.
run(n) solves n puzzles and returns "solutions nodes checksum".
"""
import _util

EMPTY = -1
UNKNOWN = -2


class Hex(object):
    """Hexagonal board of the given side; cells addressed by index."""

    def __init__(self, side):
        self.side = side
        coords = []
        r = side - 1
        for q in range(-r, r + 1):
            for s in range(max(-r, -q - r), min(r, -q + r) + 1):
                coords.append((q, s))
        self.coords = coords
        index = {}
        for i in range(len(coords)):
            index[coords[i]] = i
        self.neighbours = []
        for (q, s) in coords:
            ns = []
            for (dq, ds) in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1),
                             (-1, 1)):
                k = index.get((q + dq, s + ds))
                if k is not None:
                    ns.append(k)
            self.neighbours.append(ns)
        self.size = len(coords)


class Puzzle(object):
    def __init__(self, board, counts, empties, locked):
        self.board = board
        self.counts = counts      # counts[v] = tiles numbered v
        self.empties = empties
        self.locked = locked      # {cell: value}


def make_puzzle(board, rng, holes, locks):
    n = board.size
    cells = list(range(n))
    rng.shuffle(cells)
    occupied = [True] * n
    for i in range(holes):
        occupied[cells[i]] = False
    values = [EMPTY] * n
    for i in range(n):
        if occupied[i]:
            c = 0
            for k in board.neighbours[i]:
                if occupied[k]:
                    c += 1
            values[i] = c
    counts = [0] * 7
    for v in values:
        if v >= 0:
            counts[v] += 1
    locked = {}
    order = list(range(n))
    rng.shuffle(order)
    for i in order[:locks]:
        locked[i] = values[i]
    return Puzzle(board, counts, holes, locked)


class Solver(object):
    def __init__(self, puzzle):
        self.board = puzzle.board
        self.neigh = puzzle.board.neighbours
        self.counts = list(puzzle.counts)
        self.empties = puzzle.empties
        self.values = [UNKNOWN] * self.board.size
        self.nodes = 0
        self.solutions = 0
        self.signature = 0
        self.order = []
        for cell, v in puzzle.locked.items():
            self.values[cell] = v
            if v == EMPTY:
                self.empties -= 1
            else:
                self.counts[v] -= 1
        # fill cells column by column so neighbourhoods close up early
        self.order = [c for c in range(self.board.size)
                      if self.values[c] == UNKNOWN]

    def cell_ok(self, cell):
        v = self.values[cell]
        if v < 0:
            return True
        occ = 0
        unk = 0
        for k in self.neigh[cell]:
            w = self.values[k]
            if w == UNKNOWN:
                unk += 1
            elif w != EMPTY:
                occ += 1
        return occ <= v <= occ + unk

    def consistent(self, cell):
        if not self.cell_ok(cell):
            return False
        for k in self.neigh[cell]:
            if not self.cell_ok(k):
                return False
        return True

    def solve(self, depth):
        self.nodes += 1
        if depth == len(self.order):
            self.solutions += 1
            h = 0
            for v in self.values:
                h = (h * 8 + v + 1) % 1000000007
            self.signature = (self.signature + h) % 1000000007
            return
        cell = self.order[depth]
        values = self.values
        limit = len(self.neigh[cell])
        if self.empties > 0:
            self.empties -= 1
            values[cell] = EMPTY
            if self.consistent(cell):
                self.solve(depth + 1)
            self.empties += 1
        counts = self.counts
        for v in range(limit + 1):
            if counts[v] > 0:
                counts[v] -= 1
                values[cell] = v
                if self.consistent(cell):
                    self.solve(depth + 1)
                counts[v] += 1
        values[cell] = UNKNOWN


QUICK = 6
DEFAULT = 80


def run(n):
    rng = _util.Random(7)
    board = Hex(3)
    solutions = 0
    nodes = 0
    checksum = 0
    for i in range(n):
        puzzle = make_puzzle(board, rng, 4 + i % 3, 3)
        solver = Solver(puzzle)
        solver.solve(0)
        solutions += solver.solutions
        nodes += solver.nodes
        checksum = (checksum * 31 + solver.signature) % 1000000007
    return "%d %d %d" % (solutions, nodes, checksum)
