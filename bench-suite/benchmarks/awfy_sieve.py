"""AWFY Sieve: the Are-We-Fast-Yet sieve of Eratosthenes over 5000 flags
(669 primes), repeated.

Stresses: list of booleans, while-loops, indexed stores, integer arithmetic.
run(n) runs the sieve n times and returns the total prime count.
"""


def sieve(flags, size):
    prime_count = 0
    for i in range(2, size + 1):
        if flags[i - 1]:
            prime_count += 1
            k = i + i
            while k <= size:
                flags[k - 1] = False
                k += i
    return prime_count


QUICK = 60
DEFAULT = 1000


def run(n):
    total = 0
    for _ in range(n):
        flags = [True] * 5000
        count = sieve(flags, 5000)
        if count != 669:
            raise RuntimeError("sieve: wrong prime count %d" % count)
        total += count
    return total
