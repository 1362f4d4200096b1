"""N-Queens: find all solutions of the n-queens problem the brute-force way:
generate every permutation of the column indices (with a recursive
generator using ``yield from``) and keep those whose two diagonal sets have
no collisions.

Stresses: generators and ``yield from`` delegation, tuple creation, set
comprehensions, len() calls.
run(n) solves the n-queens problem and returns "count checksum".
"""


def permutations(items):
    """Yield every ordering of the list ``items`` as a tuple."""
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        head = items[i]
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (head,) + tail


def solutions(n):
    cols = list(range(n))
    for vec in permutations(cols):
        if (n == len({vec[i] + i for i in cols})
                == len({vec[i] - i for i in cols})):
            yield vec


QUICK = 8
DEFAULT = 9


def run(n):
    count = 0
    checksum = 0
    for sol in solutions(n):
        count += 1
        h = 0
        for c in sol:
            h = h * n + c
        checksum = (checksum * 7 + h) % 1000000007
    return "%d %d" % (count, checksum)
