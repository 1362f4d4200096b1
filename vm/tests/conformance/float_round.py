# round() with and without ndigits (banker's rounding, binary representation).
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999, 2.675, 1.005):
    print(v, round(v), round(v, 2), type(round(v)).__name__)
print(round(2.675, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, 2), round(1234.5678, -2), round(1234.5678, 0))
print(round(-1234.5678, 1), round(5e-324, 3), round(1e20, -5))
print(round(0.1 + 0.2, 10), round(1 / 3, 5))
print(round(15.5, -1), round(25.0, -1), round(35.0, -1))
print(round(12345.6789, -10))
print(round(-0.4), round(-0.6), round(0.6))
print(type(round(2.5, 0)).__name__, round(2.5, 0), round(3.5, 0))
print(round(7, 2), round(-7.25, 1), round(7.45, 1))
import math
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-2.5), math.ceil(-2.5))
print(int(2.99), int(-2.99))
print(round(1e16 + 0.5), round(2 ** 52 + 0.5))
vals = [1.25, 1.35, 2.45, 3.55]
print([round(x, 1) for x in vals])
