"""Unpack sequence: tight loops dominated by sequence unpacking -- tuples and
lists of 2, 4 and 10 elements unpacked into locals, starred unpacking,
swaps via tuple packing/unpacking and nested targets in for-loops.

Stresses: UNPACK_SEQUENCE / BUILD_TUPLE paths, local variable stores,
small-int arithmetic.
run(n) loops n times and returns an integer checksum.
"""


def unpack_tuples(n):
    t10 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    acc = 0
    for i in range(n):
        a, b, c, d, e, f, g, h, k, m = t10
        a, b, c, d, e, f, g, h, k, m = t10
        a, b, c, d, e, f, g, h, k, m = t10
        a, b, c, d, e, f, g, h, k, m = t10
        acc += a + m + i
    return acc


def unpack_lists(n):
    l10 = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    acc = 0
    for i in range(n):
        a, b, c, d, e, f, g, h, k, m = l10
        a, b, c, d, e, f, g, h, k, m = l10
        a, b, c, d, e, f, g, h, k, m = l10
        a, b, c, d, e, f, g, h, k, m = l10
        acc += b * k - i
    return acc


def swaps(n):
    x, y, z, w = 1, 2, 3, 4
    for i in range(n):
        x, y = y, x
        y, z, w = w, y, z
        x, y, z, w = w + i % 3, z, y, x
        x, y = y, x
        x, w = w % 1000, x % 1000
    return x * 1000003 + y * 10007 + z * 101 + w


def starred(n):
    row = (3, 1, 4, 1, 5, 9, 2, 6)
    acc = 0
    for i in range(n):
        first, *middle, last = row
        head, second, *rest = row
        *init, tail = row
        acc += first + last + len(middle) + second + len(rest) + tail
        acc ^= i
    return acc


def nested(n):
    pairs = [((i, i + 1), (i * 2, i % 7)) for i in range(64)]
    acc = 0
    for _ in range(n // 64):
        for (a, b), (c, d) in pairs:
            acc += a * d - b + c
        for i, ((a, b), (c, d)) in enumerate(pairs):
            acc -= i + a - d
    return acc


QUICK = 40000
DEFAULT = 1000000


def run(n):
    total = 0
    total += unpack_tuples(n)
    total += unpack_lists(n)
    total = total * 31 + swaps(n)
    total = total * 31 + starred(n)
    total = total * 31 + nested(n)
    return total % 1000000000000000003
