# Integer exponentiation, including negative exponents and 3-arg pow.
print(2 ** 0, 2 ** 1, 2 ** 64, 2 ** 100)
print((-3) ** 3, (-3) ** 4, 0 ** 0, 1 ** 1000)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(type(2 ** -1).__name__, type(2 ** 5).__name__)
print(pow(2, 10), pow(3, 4), pow(2, -2))
print(pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5))
print(pow(-2, 3, 5), pow(2, 3, -5))
print(pow(12345678901234567890, 98765, 1000000007))
print(pow(3, -1, 7), pow(2, -1, 11), pow(5, -2, 13))
print(10 ** 20 // 10 ** 18)
print(7 ** 40)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
x = 3
x **= 5
print(x)
squares = [n ** 2 for n in range(-4, 5)]
print(squares)
print(sum(2 ** k for k in range(64)) == 2 ** 64 - 1)
