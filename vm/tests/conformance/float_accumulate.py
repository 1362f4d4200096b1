# Numerical loops with floats: series, Newton's method, compounding.
import math
# Leibniz series for pi (1000 terms)
s = 0.0
sign = 1.0
for k in range(1000):
    s += sign / (2 * k + 1)
    sign = -sign
print(4 * s, abs(4 * s - math.pi) < 0.01)

# Newton's method for sqrt(2)
x = 1.0
for i in range(6):
    x = (x + 2 / x) / 2
    print(i, x)
print(x == math.sqrt(2))

# compound interest
balance = 1000.0
for year in range(1, 11):
    balance *= 1.05
    if year % 5 == 0:
        print(year, round(balance, 2), f"{balance:.4f}")

# harmonic numbers
h = 0.0
for n in range(1, 101):
    h += 1.0 / n
print(h, f"{h:.6f}")

# trapezoid integral of x**2 from 0 to 1
n = 100
step = 1.0 / n
area = sum((((i * step) ** 2 + ((i + 1) * step) ** 2) / 2) * step for i in range(n))
print(area, round(area, 4))

# exponent via series
e = 0.0
term = 1.0
for k in range(1, 20):
    e += term
    term /= k
print(e, math.e, math.isclose(e, math.e))
