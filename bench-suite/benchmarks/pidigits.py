"""Pidigits: Gibbons' unbounded spigot algorithm producing the decimal digits
of pi one by one from a linear fractional transformation kept in four big
integers.

Stresses: arbitrary-precision integer multiply, add and floor division on
numbers that grow to thousands of digits.
run(n) computes n digits and returns "digit_sum last_digits".
"""


def pi_digits(count):
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < count:
        # compose with the next term of the series
        k2 = 2 * k + 1
        q, r, t = q * k, (2 * q + r) * k2, t * k2
        k += 1
        if q > r:
            continue
        d = (3 * q + r) // t
        if d == (4 * q + r) // t:
            digits.append(d)
            q, r = 10 * q, 10 * (r - d * t)
    return digits


QUICK = 1500
DEFAULT = 5000


def run(n):
    digits = pi_digits(n)
    total = 0
    for d in digits:
        total += d
    tail = "".join([str(d) for d in digits[-30:]])
    return "%d %s" % (total, tail)
