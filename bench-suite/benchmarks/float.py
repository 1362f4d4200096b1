"""Float: many small objects with float fields.  Creates n points from
sin/cos of their index, normalizes each one in place, then folds them into a
single point holding the component-wise maximum.

Stresses: object allocation, attribute load/store, float math, method calls.
run(n) returns the maximized point formatted as a string.
"""
import math


class Point(object):
    def __init__(self, i):
        x = math.sin(i)
        self.x = x
        self.y = math.cos(i) * 3.0
        self.z = (x * x) / 2.0

    def __repr__(self):
        return "<Point %.9f %.9f %.9f>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x = x / norm
        self.y = y / norm
        self.z = z / norm

    def maximize(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self


def maximize(points):
    it = iter(points)
    best = next(it)
    for p in it:
        best = best.maximize(p)
    return best


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)


QUICK = 40000
DEFAULT = 300000


def run(n):
    total = 0.0
    best = None
    # a few rounds so that allocation and freeing both show up
    for _ in range(2):
        best = benchmark(n)
        total += best.x + best.y + best.z
    return "%r %.9f" % (best, total)
