"""AWFY Storage: builds a complete 4-ary tree of depth 7 whose leaves are
freshly allocated lists of pseudo-random length (AWFY's 16-bit LCG), 5461
allocations per step.

Stresses: allocation of lists of varying sizes, recursion, GC pressure.
run(n) performs n steps and returns the total allocation count.
"""


class AwfyRandom(object):
    """The Are-We-Fast-Yet 16-bit linear congruential generator."""

    def __init__(self):
        self.seed = 74755

    def next(self):
        self.seed = ((self.seed * 1309) + 13849) & 65535
        return self.seed


class Storage(object):
    def __init__(self):
        self.count = 0

    def benchmark(self):
        rnd = AwfyRandom()
        self.count = 0
        self.build_tree_depth(7, rnd)
        return self.count

    def build_tree_depth(self, depth, rnd):
        self.count += 1
        if depth == 1:
            return [None] * (rnd.next() % 10 + 1)
        arr = [None] * 4
        for i in range(4):
            arr[i] = self.build_tree_depth(depth - 1, rnd)
        return arr


QUICK = 40
DEFAULT = 400


def run(n):
    total = 0
    for _ in range(n):
        c = Storage().benchmark()
        if c != 5461:
            raise RuntimeError("storage: wrong count %d" % c)
        total += c
    return total
