# Larger computations with big ints: factorials, binomials, powers.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f100 = fact(100)
print(f100)
print(len(str(f100)))
zeros = 0
s = str(f100)
while s.endswith("0"):
    s = s[:-1]
    zeros += 1
print("trailing zeros:", zeros)

def binom(n, k):
    r = 1
    for i in range(k):
        r = r * (n - i) // (i + 1)
    return r

print(binom(100, 50))
print(binom(60, 30) == fact(60) // (fact(30) * fact(30)))
row = [binom(10, k) for k in range(11)]
print(row, sum(row))
# Catalan numbers
print([binom(2 * n, n) // (n + 1) for n in range(15)])
# 2**1000 digits
p = 2 ** 1000
print(str(p)[:20], str(p)[-20:])
print(p % 1000000007)
# integer square root by Newton's method
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
r = isqrt(10 ** 60 + 12345)
print(r, r * r <= 10 ** 60 + 12345 < (r + 1) * (r + 1))
print(isqrt(2 * 10 ** 40))
