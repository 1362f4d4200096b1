"""Fannkuch-redux: for every permutation of 1..n count the pancake flips
needed until 1 is in front; report the max flips and a signed checksum.

Stresses: list slicing and reversal, small-integer arithmetic, indexing.
run(n) returns "checksum max_flips".
"""


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        # next permutation (incremental rotation order)
        while True:
            if r == n:
                return checksum, max_flips
            p0 = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


QUICK = 8
DEFAULT = 9


def run(n):
    checksum, max_flips = fannkuch(n)
    return "%d %d" % (checksum, max_flips)
