# Arbitrary precision multiplication and addition.
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b)
print(a - b)
print(a * b)
print(-a * b)
print(a * a * a)
f = 1
for i in range(1, 51):
    f *= i
print("50! =", f)
print(len(str(f)))
# Carry propagation across many limbs
n = 2 ** 256 - 1
print(n)
print(n + 1)
print(n * n)
print((n + 1) - 1 == n)
# Fibonacci
x, y = 0, 1
for _ in range(200):
    x, y = y, x + y
print("fib(200) =", x)
# Powers of ten
print(10 ** 40 - 1)
print((10 ** 40 - 1) * 9 + 9)
# Mixing signs
print(-(2 ** 100) + 2 ** 99)
print((2 ** 100) * -1 * -1)
print(abs(-(3 ** 70)))
print(2 ** 64 * 2 ** 64 == 2 ** 128)
