# Assorted int behaviours: abs, negation of big values, equality, literals.
print(0x10, 0o10, 0b10, 1_000, 0x_ff, 0b_1_0)
print(1_2_3 + 0, 00 + 0)
print(abs(-0), abs(-(10 ** 40)), -(-5))
print(int.__name__, (5).__class__.__name__)
print(7 .__add__(3), (7).__mul__(6), (7).__neg__())
print((10).__floordiv__(3), (10).__mod__(-3), (2).__pow__(10))
print((3).__radd__(4), (3).__rsub__(10))
print(round(7), round(-7), round(1234567, -3), round(1250, -2), round(1350, -2))
print(round(-1250, -2), round(15, -1), round(25, -1))
print(divmod(2 ** 65, 3))
print(max(2 ** 70, 3 ** 44), min(-(2 ** 70), -(3 ** 44)))
nums = [5, -3, 2 ** 65, 0, -(2 ** 65), 17]
print(sorted(nums, key=abs))
print(sum(nums), len(nums))
# integer identity of value
a = 10 ** 20
b = 10 ** 20
print(a == b, a != b + 1)
# conversions
print(float(2 ** 60), float(-(3 ** 30)), float(10 ** 22))
print(int(2.5e10), int(-1e-5), int(0.999999))
print(-(2 ** 63) // -1, -(2 ** 63) % 7)
print(str(2 ** 64 - 1).count("1"))
