# Bitwise operators on big integers (two's complement semantics).
a = 2 ** 100 + 2 ** 64 + 0xFFFF
b = 2 ** 90 - 1
print(a & b)
print(a | b)
print(a ^ b)
print(~a)
print(hex(a & b), hex(a | b))
print(-a & b)
print(-a | b)
print(-a ^ b)
print(-a & -b)
print(hex(-a & (2 ** 128 - 1)))
print(1 << 200)
print((1 << 200) >> 190)
print(-(1 << 200) >> 199)
print(a >> 64, a >> 200, -a >> 200)
print((a << 77) >> 77 == a)
print(a.bit_length(), (-a).bit_length())
mask = (1 << 64) - 1
x = 0x0123456789ABCDEF
y = (x * 0x9E3779B97F4A7C15) & mask
print(hex(y))
rot = ((y << 13) | (y >> 51)) & mask
print(hex(rot))
print(bin(2 ** 70 | 1))
print(~(2 ** 64), ~(-(2 ** 64)))
