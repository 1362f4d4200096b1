# Float arithmetic, floor division and modulo semantics.
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1.0, 0.1))
print(5.0 % 3, -5.0 % 3, 5 % -3.0, 0.0 % 5)
print(-0.0 % 5, 6.0 % -3)
print(2.0 ** 10, 2.0 ** -1, 4 ** 0.5, 2 ** 0.5, (-8.0) ** 3)
print(10 ** -2, 1.5 ** 2, 0.0 ** 0)
print(3 + 0.5, 3 * 0.5, 3 / 0.5, 1 - 0.9)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
total = 0.0
for i in range(1, 11):
    total += 1 / i
print(total)
print(abs(-2.5), -(-2.5), +2.5)
print(float.__name__, type(1.0).__name__, type(1 + 1.0).__name__)
for expr in ("1.0 / 0", "1.0 // 0", "1.0 % 0", "0.0 / 0.0"):
    try:
        if expr == "1.0 / 0":
            1.0 / 0
        elif expr == "1.0 // 0":
            1.0 // 0
        elif expr == "1.0 % 0":
            1.0 % 0
        else:
            0.0 / 0.0
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__)
x = 1.0
x += 0.5
x *= 4
x -= 1
x /= 2
print(x)
print((0.1).__add__(0.2), (3.0).__rtruediv__(1))
