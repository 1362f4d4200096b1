# fractions.Fraction arithmetic and statistics results (exact sums, correctly rounded roots)
from fractions import Fraction
import math, statistics as st
a, b = Fraction(3, 4), Fraction('-2/6')
print(a, b, repr(a), a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(b), a ** 2, a ** -2, b ** 3, 2 ** Fraction(2), Fraction(9, 4) ** 0.5)
print(Fraction(0.1), Fraction('1.25'), Fraction('3e-2'), Fraction(' -7 '), Fraction(5), Fraction(Fraction(1, 3), Fraction(2, 3)), Fraction(1, -3))
print(a == 0.75, a < 1, b > -1, Fraction(1, 2) == Fraction(2, 4), float(a), int(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(1, 3), 2))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), a + 0.25, 1 - a, sum([Fraction(1, 3)] * 3))
print(Fraction(math.pi).limit_denominator(100), Fraction(3.14159).limit_denominator(1000), Fraction(1, 3).as_integer_ratio(), sorted([a, b, Fraction(0)]))
for bad in [lambda: Fraction(1, 0), lambda: Fraction('x/2'), lambda: Fraction(1.5, 2), lambda: Fraction(0) ** -1]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean(data), st.mean([1, 2, 3, 4]), st.mean([1, 2]), st.mean([Fraction(1, 3), Fraction(2, 3)]), st.fmean(data), st.mean([0.1] * 10))
print(st.median(data), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.mode([1, 1, 2, 3, 3]), st.multimode('aabbbbccddddeeffffgg'))
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data), st.variance([1, 2, 3, 4]), st.stdev([1, 2, 3, 4]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.variance(data, st.mean(data)), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([Fraction(1, 4), Fraction(5, 4)]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 101), n=10), st.quantiles([1, 5, 9], method='inclusive'))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.linear_regression(x, [2 * v + 1 for v in x]), st.linear_regression(x, y, proportional=True))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.median([]), lambda: st.mode([]), lambda: st.stdev([]), lambda: st.quantiles([1])]:
    try:
        bad()
    except st.StatisticsError as e:
        print('StatisticsError:', e)
for f in [st.pstdev, st.pvariance]:
    try:
        f([])
    except st.StatisticsError as e:
        print(e)
