# Infinities and NaN.
inf = float("inf")
nan = float("nan")
ninf = float("-inf")
print(inf, ninf, nan, -inf, -nan)
print(repr(inf), str(nan), float("Infinity"), float("-INF"), float("NaN"))
print(inf + 1, inf * -1, inf - inf, inf * 0, inf / inf)
print(1 / inf, -1 / inf, 0 * inf)
print(inf > 1e308, ninf < -1e308, inf == inf, ninf == -inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(inf == float("inf"), max(1.0, inf), min(1.0, ninf))
print(1e308 * 10 == inf, -1e308 * 10 == ninf)
print([x for x in (1.0, nan, 2.0) if x == x])
print(nan in [nan], float("nan") in [float("nan")])
print(bool(nan), bool(inf), bool(0.0), bool(-0.0))
print(5.0 % inf, -5.0 % inf, 5.0 // inf, -5.0 // inf)
print(abs(ninf), abs(-nan))
print(inf - 1e308 == inf, nan + 1, inf * inf)
try:
    round(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(nan)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted([3.0, inf, -1.0, ninf, 0.0]))
print(f"{inf:f} {ninf:.2f} {nan:e} {inf:>8} {nan:g}")
print("%f %e %g" % (inf, ninf, nan))
