# math transcendental functions: log, exp, sin, cos, atan2.
import math
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10))
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(10))
print(math.log(2 ** 1000), math.log(1e-300))
print(math.sin(0), math.cos(0), math.sin(math.pi / 2), math.cos(math.pi))
print(math.sin(1), math.cos(1), math.sin(-0.5), math.cos(2.5))
print(round(math.sin(math.pi), 12), round(math.cos(math.pi / 2), 12))
print(math.atan2(1, 1), math.atan2(1, -1), math.atan2(-1, -1), math.atan2(0, 1), math.atan2(0, -1))
print(math.atan2(1, 0), math.atan2(-1, 0), math.atan2(3, 4), math.atan2(-0.0, -1))
for x in (0.5, 1.0, 2.0, 10.0):
    print(x, f"{math.log(x):.6f}", f"{math.exp(x):.6f}", f"{math.sin(x):+.6f}", f"{math.cos(x):+.6f}")
try:
    math.log(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.log(-1)
except ValueError as e:
    print(type(e).__name__)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.exp(-1000), math.isnan(math.sin(0) * math.nan), math.exp(1e-10))
angle = 0.0
points = []
for k in range(4):
    points.append((round(math.cos(angle), 6) + 0.0, round(math.sin(angle), 6) + 0.0))
    angle += math.pi / 2
print(points)
