"""AWFY Queens: places 8 queens by recursive backtracking using three
boolean arrays (free rows, free ascending and descending diagonals); each
benchmark step solves the puzzle 10 times.

Stresses: recursion, boolean list lookups and stores, small-int arithmetic.
run(n) performs n benchmark steps and returns how many succeeded.
"""


class Queens(object):
    def __init__(self):
        self.free_rows = None
        self.free_maxs = None
        self.free_mins = None
        self.queen_rows = None

    def benchmark(self):
        result = True
        for _ in range(10):
            result = result and self.queens()
        return result

    def queens(self):
        self.free_rows = [True] * 8
        self.free_maxs = [True] * 16
        self.free_mins = [True] * 16
        self.queen_rows = [-1] * 8
        return self.place_queen(0)

    def place_queen(self, c):
        for r in range(8):
            if self.get_row_column(r, c):
                self.queen_rows[r] = c
                self.set_row_column(r, c, False)
                if c == 7:
                    return True
                if self.place_queen(c + 1):
                    return True
                self.set_row_column(r, c, True)
        return False

    def get_row_column(self, r, c):
        return (self.free_rows[r] and self.free_maxs[c + r]
                and self.free_mins[c - r + 7])

    def set_row_column(self, r, c, v):
        self.free_rows[r] = v
        self.free_maxs[c + r] = v
        self.free_mins[c - r + 7] = v


QUICK = 60
DEFAULT = 800


def run(n):
    ok = 0
    rows = 0
    for _ in range(n):
        q = Queens()
        if not q.benchmark():
            raise RuntimeError("queens: no solution")
        ok += 1
        for r in q.queen_rows:
            rows = rows * 3 + r
        rows %= 1000003
    return "%d %d" % (ok, rows)
