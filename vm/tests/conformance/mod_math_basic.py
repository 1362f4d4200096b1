# math constants, sqrt/floor/ceil/trunc/fabs/copysign/isnan/isinf/gcd/factorial.
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(1e100))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.floor(5), math.ceil(5))
print(type(math.floor(2.5)).__name__, math.floor(1e20), math.trunc(3.99), math.trunc(-3.99))
print(math.fabs(-3), math.fabs(2.5), math.copysign(5, -0.0), math.copysign(-2, 1))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(2 ** 64, 6 ** 30), math.gcd())
print(math.gcd(12, 18, 30), math.factorial(0), math.factorial(10), math.factorial(25))
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.factorial(-1)
except ValueError as e:
    print(type(e).__name__)
try:
    math.floor(math.inf)
except OverflowError as e:
    print(type(e).__name__)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1, 1))
print(math.comb(5, 2), math.comb(52, 5), math.comb(3, 5), math.perm(5, 2), math.perm(5), math.perm(3, 0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
