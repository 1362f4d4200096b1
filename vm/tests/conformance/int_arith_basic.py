# Basic integer arithmetic on small ints.
a, b = 17, 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(-a, +a, abs(-a))
print(a ** 2, b ** 3, 2 ** 10)
print(0 * 99, 1 - 1, -0)
print(7 - 10, 3 * -4, -3 * -4)

# precedence and associativity
print(2 + 3 * 4, (2 + 3) * 4)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(10 - 4 - 3, 100 // 10 // 3)
print(1 + 2 * 3 - 4 // 2 % 3)

# true division always returns float
print(10 / 2, type(10 / 2).__name__)
print(1 / 3, 2 / 3, -7 / 2)

# accumulation
total = 0
for i in range(1, 101):
    total += i
print("sum 1..100 =", total)
prod = 1
for i in range(1, 11):
    prod *= i
print("10! =", prod)
print(type(a).__name__, int, isinstance(a, int))
