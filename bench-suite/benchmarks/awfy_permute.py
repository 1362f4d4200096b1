"""AWFY Permute: generates all permutations of a 6-element array by
recursive swapping, counting the calls (8660 per run).

Stresses: recursion, method calls, list element swaps, attribute counters.
run(n) repeats the permutation n times and returns the total count.
"""


class Permute(object):
    def __init__(self):
        self.count = 0
        self.v = None

    def benchmark(self):
        self.count = 0
        self.v = [0] * 6
        self.permute(6)
        return self.count

    def permute(self, n):
        self.count += 1
        if n != 0:
            n1 = n - 1
            self.permute(n1)
            i = n1
            while i >= 0:
                self.swap(n1, i)
                self.permute(n1)
                self.swap(n1, i)
                i -= 1

    def swap(self, i, j):
        v = self.v
        tmp = v[i]
        v[i] = v[j]
        v[j] = tmp


QUICK = 25
DEFAULT = 500


def run(n):
    total = 0
    for _ in range(n):
        c = Permute().benchmark()
        if c != 8660:
            raise RuntimeError("permute: wrong count %d" % c)
        total += c
    return total
