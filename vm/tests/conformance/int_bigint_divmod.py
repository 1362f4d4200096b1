# Division of big integers.
a = 3 ** 150
b = 7 ** 30
print(a // b)
print(a % b)
q, r = divmod(a, b)
print(q * b + r == a, 0 <= r < b)
print(-a // b, -a % b)
print(a // -b, a % -b)
q, r = divmod(-a, -b)
print(q, r)
print(q * -b + r == -a)
# divide by small ints
n = 10 ** 50 + 12345
for d in (2, 3, 7, 10, 97, 1000003):
    print(d, n // d, n % d)
# exact division
m = 2 ** 200
print(m // 2 ** 100 == 2 ** 100)
print(m % (2 ** 100))
# true division of big ints yields float
print(10 ** 30 / 10 ** 28)
print((2 ** 80) / (2 ** 78))
print(1 / (10 ** 10))
# digit sum via repeated divmod
s = 0
v = 2 ** 1000
while v:
    v, d = divmod(v, 10)
    s += d
print("digit sum of 2**1000:", s)
