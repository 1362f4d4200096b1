"""Chaos: the "chaos game" for an iterated function system.  A point is
repeatedly mapped through one of several weighted affine transforms (plus a
mild non-linear "swirl" variation), chosen by a pure-Python PRNG; the visited
points are accumulated into a hit-count grid, as in fractal-flame renderers.

Stresses: float arithmetic, small-object allocation (2-D vectors), method
calls, the PRNG's integer operations, list indexing.
run(n) plays n iterations and returns a checksum of the grid.
"""
import math

import _util

GRID = 128


class Vec2(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def linear(self, a, b, c, d, e, f):
        return Vec2(a * self.x + b * self.y + e, c * self.x + d * self.y + f)

    def swirl(self, strength):
        r2 = self.x * self.x + self.y * self.y
        s = math.sin(r2 * strength)
        c = math.cos(r2 * strength)
        return Vec2(self.x * s - self.y * c, self.x * c + self.y * s)

    def blend(self, other, t):
        u = 1.0 - t
        return Vec2(self.x * u + other.x * t, self.y * u + other.y * t)


class Transform(object):
    def __init__(self, weight, coeffs, swirl):
        self.weight = weight
        self.coeffs = coeffs
        self.swirl = swirl

    def apply(self, p):
        a, b, c, d, e, f = self.coeffs
        q = p.linear(a, b, c, d, e, f)
        if self.swirl > 0.0:
            q = q.blend(q.swirl(0.5), self.swirl)
        return q


def make_system():
    # a fern-like system with an extra curly branch
    return [
        Transform(0.02, (0.0, 0.0, 0.0, 0.16, 0.0, 0.0), 0.0),
        Transform(0.72, (0.85, 0.04, -0.04, 0.85, 0.0, 1.6), 0.0),
        Transform(0.09, (0.2, -0.26, 0.23, 0.22, 0.0, 1.6), 0.15),
        Transform(0.09, (-0.15, 0.28, 0.26, 0.24, 0.0, 0.44), 0.15),
        Transform(0.08, (0.3, -0.1, 0.1, 0.3, 1.0, 2.5), 0.6),
    ]


class Chaos(object):
    def __init__(self, transforms, seed):
        self.transforms = transforms
        total = 0.0
        for t in transforms:
            total += t.weight
        self.cumulative = []
        acc = 0.0
        for t in transforms:
            acc += t.weight / total
            self.cumulative.append(acc)
        self.rng = _util.Random(seed)
        self.minx = -3.0
        self.maxx = 3.5
        self.miny = -0.5
        self.maxy = 10.5

    def pick(self):
        r = self.rng.random()
        cum = self.cumulative
        for i in range(len(cum)):
            if r < cum[i]:
                return self.transforms[i]
        return self.transforms[-1]

    def play(self, iterations):
        grid = [[0] * GRID for _ in range(GRID)]
        p = Vec2(0.0, 0.0)
        sx = (GRID - 1) / (self.maxx - self.minx)
        sy = (GRID - 1) / (self.maxy - self.miny)
        for i in range(iterations):
            p = self.pick().apply(p)
            if i < 20:
                continue
            gx = int((p.x - self.minx) * sx)
            gy = int((p.y - self.miny) * sy)
            if 0 <= gx < GRID and 0 <= gy < GRID:
                grid[gy][gx] += 1
        return grid


QUICK = 30000
DEFAULT = 500000


def run(n):
    grid = Chaos(make_system(), 12345).play(n)
    checksum = 0
    filled = 0
    for row in grid:
        for v in row:
            checksum = (checksum * 131 + v) % 2147483647
            if v:
                filled += 1
    return "%d %d" % (filled, checksum)
