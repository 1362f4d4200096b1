# Bitwise operators on small ints, including negatives.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b), bin(~a))
print(-1 & 0xFF, -256 & 0xFF, -1 ^ 0, ~0, ~-1)
print(5 & -3, 5 | -3, 5 ^ -3)
print(-5 & -3, -5 | -3, -5 ^ -3)
print(1 << 0, 1 << 1, 1 << 10, 3 << 4)
print(1024 >> 3, 7 >> 1, 7 >> 10, -7 >> 1, -1 >> 5, -8 >> 2)
x = 0
for bit in (0, 3, 5, 7):
    x |= 1 << bit
print(x, bin(x))
x &= ~(1 << 3)
print(x, bin(x))
x ^= 0xFF
print(x, bin(x))
x <<= 2
print(x)
x >>= 3
print(x)
# popcount by hand
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)])
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(int.bit_length(255), (256).bit_length(), (0).bit_length(), (-5).bit_length())
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
