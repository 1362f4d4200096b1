# Floor division and modulo follow floor semantics (sign of divisor).
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 7), (-1, 7)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a} // {b} = {q}, {a} % {b} = {r}, check {q * b + r == a}")

print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(-1 // 10, -9 // 10, -10 // 10, -11 // 10)
print(-1 % 10, -9 % 10, -10 % 10, -11 % 10)

# big operands
big = 10 ** 30 + 7
print(big // 3, big % 3)
print(-big // 3, -big % 3)
print(big // -(10 ** 15), big % -(10 ** 15))
print(divmod(-big, 10 ** 20))

# modulo as wrap-around
for i in range(-5, 6):
    print(i % 4, end=" ")
print()

for op in ("//", "%"):
    try:
        if op == "//":
            5 // 0
        else:
            5 % 0
    except ZeroDivisionError as e:
        print(op, type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("divmod", e)
