# Mixed int/float arithmetic and conversions.
print(1 + 1.0, 2 * 0.5, 7 / 2, 7 // 2.0, 7 % 2.5, 2 ** 0.5)
print(10 ** 20 + 0.5, 2 ** 70 * 1.0, (2 ** 70) / 3)
print(3 == 3.0, 3 < 3.5, -1 > -1.5, 2 ** 60 == 2.0 ** 60)
print(int(7.99), int(-7.99), float(7), round(7.5), round(8.5))
vals = [3, 2.5, -1, 0.0, 10 ** 3, 1e-3]
print(sorted(vals), max(vals), min(vals), sum(vals))
print(sum([1, 2.5, 3]), sum([0.5, 0.5], 1))
print(abs(-3), abs(-3.0), type(abs(-3.0)).__name__)
print(divmod(7, 2.0), divmod(-7.0, 2), pow(2, 0.5), pow(2.0, 3))
print(hash(3) == hash(3.0), {1: "a", 1.0: "b"}, {2.0: "x", 2: "y"})
print(1.0 in [1, 2], 2 in (1.5, 2.0), [1, 2.0, 3].index(2))
x = 5
x /= 2
print(x, type(x).__name__)
y = 5
y //= 2.0
print(y, type(y).__name__)
z = 2
z **= -2
print(z)
mean = sum(range(1, 11)) / 10
var = sum((v - mean) ** 2 for v in range(1, 11)) / 10
print(mean, var)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(float(2 ** 53) + 1.0 == float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53))
