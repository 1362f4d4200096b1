# math functions beyond the basics: cbrt, exp2, erf, erfc, gamma, lgamma, nextafter, ulp,
# and logarithms of huge or non-positive ints. (gamma/lgamma of non-integral arguments
# are computed differently from CPython's own approximation and are not compared.)
import math

xs = [0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 23.0, 30.5, 100.0, 171.7, -0.5, -1.5, -2.5, -170.5,
      1e-300, -1e-300, 0.0, -0.0, -1.0, 1e308, 0.1, 0.2, 0.3, 1.5, 2.5, 3.7, 6.2, 7.9,
      12.3, 0.001, 1e-10, 0.75, 1.25, 2e-5, 9.99, 50.0, 1024.5, -1075.0,
      float('inf'), float('-inf'), float('nan')]


def show(name, *args):
    try:
        r = repr(getattr(math, name)(*args))
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
    print(name, args, r)


for name in ['cbrt', 'exp2', 'erf', 'erfc', 'ulp']:
    for x in xs:
        show(name, x)
for n in range(1, 24):
    show('gamma', float(n))
for x in [0.0, -0.0, -1.0, -2.0, -1e300, 172.0, 1e308, float('inf'), float('-inf'), float('nan')]:
    show('gamma', x)
for x in [1.0, 2.0, 0.0, -1.0, -7.0, float('inf'), float('-inf'), float('nan'), 1e308]:
    show('lgamma', x)
for a, b in [(1.0, 2.0), (1.0, 0.0), (0.0, -1.0), (-0.0, 1.0), (5e-324, 0.0), (1.0, 1.0),
             (float('inf'), 0.0), (float('nan'), 1.0), (1.7976931348623157e308, float('inf')),
             (-1.0, -2.0), (2.0, 2.5)]:
    show('nextafter', a, b)
for v in [10**400, -10**400, 0, -1, 2**1100]:
    for name in ['log', 'log2', 'log10']:
        show(name, v)
show('log', 10**400, 10)
print(math.gamma(5), math.cbrt(27), math.exp2(10))
try:
    math.gamma('x')
except TypeError as e:
    print('TypeError:', e)
try:
    math.nextafter(1.0)
except TypeError as e:
    print('TypeError:', e)
for f in (math.atan2, math.fmod, math.copysign, math.remainder, math.pow):
    for args, kw in [((1,), {}), ((1, 2, 3), {}), ((1,), {'y': 2})]:
        try:
            f(*args, **kw)
        except TypeError as e:
            print('TypeError:', e)

# Inverse hyperbolic functions and their error cases.
for f, x in [(math.acosh, 0.5), (math.atanh, 1.0), (math.atanh, -1.0), (math.atanh, 2.0), (math.asinh, float('inf')), (math.acosh, float('inf')), (math.atanh, float('nan')), (math.cosh, 1000.0), (math.sinh, -1000.0), (math.exp2, 1100.0), (math.exp2, -1100.0), (math.exp, 1000)]:
    try:
        print(f.__name__, x, f(x))
    except (ValueError, OverflowError) as e:
        print(f.__name__, x, type(e).__name__, e)
for x in [0.1, 0.5, 0.9, 1.5, 2.0, 10.0, 1e-5, 1e300, 123.456, 0.3, 0.7, 1.0000001, -0.3, -2.5, 0.25, 0.75]:
    for f in (math.asinh, math.acosh, math.atanh):
        try:
            print(f.__name__, x, f(x))
        except ValueError as e:
            print(f.__name__, x, 'ValueError', e)
