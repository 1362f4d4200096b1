"""Go: random Monte-Carlo playouts of the game of Go on a 9x9 board.  Both
players pick pseudo-random legal moves (no suicide, simple ko, never filling
their own eyes) until two passes; stones are captured by flood-filling groups
without liberties; games are scored by area with komi.

Stresses: list indexing on a flat board, small-int arithmetic, flood-fill
loops with explicit stacks, method calls, the PRNG.
run(n) plays n games and returns "black_wins white_wins checksum".
"""
import _util

EMPTY = 0
BLACK = 1
WHITE = 2
EDGE = 3


class Board(object):
    def __init__(self, size):
        self.size = size
        w = size + 2
        self.width = w
        self.cells = [EDGE] * (w * w)
        self.points = []
        for r in range(1, size + 1):
            for c in range(1, size + 1):
                self.cells[r * w + c] = EMPTY
                self.points.append(r * w + c)
        self.dirs = (1, -1, w, -w)
        self.diags = (w + 1, w - 1, -w + 1, -w - 1)
        self.ko = -1
        self.captured = [0, 0, 0]
        self.moves = 0

    def has_liberty(self, pos):
        cells = self.cells
        color = cells[pos]
        seen = {pos}
        stack = [pos]
        while stack:
            p = stack.pop()
            for d in self.dirs:
                q = p + d
                v = cells[q]
                if v == EMPTY:
                    return True
                if v == color and q not in seen:
                    seen.add(q)
                    stack.append(q)
        return False

    def remove_group(self, pos):
        cells = self.cells
        color = cells[pos]
        stack = [pos]
        cells[pos] = EMPTY
        removed = [pos]
        while stack:
            p = stack.pop()
            for d in self.dirs:
                q = p + d
                if cells[q] == color:
                    cells[q] = EMPTY
                    removed.append(q)
                    stack.append(q)
        return removed

    def is_eye(self, pos, color):
        cells = self.cells
        for d in self.dirs:
            v = cells[pos + d]
            if v != color and v != EDGE:
                return False
        bad = 0
        edge = 0
        for d in self.diags:
            v = cells[pos + d]
            if v == EDGE:
                edge = 1
            elif v != color and v != EMPTY:
                bad += 1
        if edge:
            return bad == 0
        return bad < 2

    def try_play(self, pos, color):
        """Play at pos if legal; return True on success."""
        cells = self.cells
        if cells[pos] != EMPTY or pos == self.ko:
            return False
        opp = 3 - color
        cells[pos] = color
        removed = []
        for d in self.dirs:
            q = pos + d
            if cells[q] == opp and not self.has_liberty(q):
                removed.extend(self.remove_group(q))
        if not removed and not self.has_liberty(pos):
            cells[pos] = EMPTY
            return False
        self.ko = -1
        if len(removed) == 1:
            single = True
            libs = 0
            for d in self.dirs:
                v = cells[pos + d]
                if v == color:
                    single = False
                elif v == EMPTY:
                    libs += 1
            if single and libs == 1:
                self.ko = removed[0]
        self.captured[color] += len(removed)
        self.moves += 1
        return True

    def random_move(self, color, rng):
        empties = []
        cells = self.cells
        for p in self.points:
            if cells[p] == EMPTY:
                empties.append(p)
        count = len(empties)
        if count == 0:
            return False
        start = rng.randrange(count)
        for k in range(count):
            pos = empties[(start + k) % count]
            if self.is_eye(pos, color):
                continue
            if self.try_play(pos, color):
                return True
        return False

    def score(self):
        cells = self.cells
        counts = [0, 0, 0, 0]
        for p in self.points:
            v = cells[p]
            if v != EMPTY:
                counts[v] += 1
                continue
            owner = 0
            for d in self.dirs:
                n = cells[p + d]
                if n == BLACK or n == WHITE:
                    if owner == 0:
                        owner = n
                    elif owner != n:
                        owner = -1
                        break
            if owner > 0:
                counts[owner] += 1
        return counts[BLACK], counts[WHITE]


def playout(size, rng):
    board = Board(size)
    color = BLACK
    passes = 0
    limit = size * size * 3
    while passes < 2 and board.moves < limit:
        if board.random_move(color, rng):
            passes = 0
        else:
            passes += 1
        color = 3 - color
    b, w = board.score()
    return b, w, board


QUICK = 60
DEFAULT = 900


def run(n):
    rng = _util.Random(42)
    black_wins = 0
    white_wins = 0
    checksum = 0
    for _ in range(n):
        b, w, board = playout(9, rng)
        # komi 7.5: compare doubled scores to stay in integers
        if 2 * b > 2 * w + 15:
            black_wins += 1
        else:
            white_wins += 1
        checksum = (checksum * 1000003 + b * 101 + w * 7
                    + board.moves + board.captured[BLACK] * 13
                    + board.captured[WHITE] * 17) % 4294967291
    return "%d %d %d" % (black_wins, white_wins, checksum)
