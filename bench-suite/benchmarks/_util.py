"""Shared helpers for the benchmarks: a deterministic pseudo-random generator.

The ``random`` module is not allowed (and its algorithms differ between
implementations), so benchmarks that need randomness use ``Random`` below:
a 32-bit xorshift generator in pure Python.  Same seed, same sequence on every
interpreter.
"""

MASK32 = 0xFFFFFFFF


class Random(object):
    """xorshift32 PRNG (Marsaglia 2003) with a few convenience methods."""

    def __init__(self, seed=2463534242):
        seed = seed & MASK32
        if seed == 0:
            seed = 2463534242
        self.state = seed

    def next_u32(self):
        x = self.state
        x ^= (x << 13) & MASK32
        x ^= x >> 17
        x ^= (x << 5) & MASK32
        self.state = x
        return x

    def random(self):
        """Float in [0, 1) with 32 bits of randomness."""
        return self.next_u32() / 4294967296.0

    def randrange(self, n):
        """Integer in [0, n) (slightly biased for huge n, irrelevant here)."""
        return self.next_u32() % n

    def randint(self, a, b):
        """Integer in [a, b], both inclusive."""
        return a + self.next_u32() % (b - a + 1)

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def choice(self, seq):
        return seq[self.next_u32() % len(seq)]

    def shuffle(self, seq):
        i = len(seq) - 1
        while i > 0:
            j = self.next_u32() % (i + 1)
            seq[i], seq[j] = seq[j], seq[i]
            i -= 1


def checksum_floats(values):
    """Order-dependent combination of floats, rounded for portability."""
    total = 0.0
    k = 1
    for v in values:
        total += v * k
        k += 1
        if k > 97:
            k = 1
    return round(total, 6)
