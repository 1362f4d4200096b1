# Converting ints to strings and back, in several bases.
values = [0, 1, -1, 9, 10, 255, -255, 65535, 2 ** 31, -(2 ** 63), 10 ** 25 + 3]
for v in values:
    s = str(v)
    h, o, b = hex(v), oct(v), bin(v)
    assert int(s) == v
    assert int(h, 16) == v and int(o, 8) == v and int(b, 2) == v
    print(s, h, o, b if abs(v) < 70000 else len(b))
print(repr(12345), str(-0), repr(-0))

def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, d = divmod(n, base)
        out.append(digits[d])
    return sign + "".join(reversed(out))

for base in (2, 3, 7, 16, 36):
    s = to_base(123456789, base)
    print(base, s, int(s, base))
print(to_base(-(2 ** 100), 36))
big = 7 ** 77
s = str(big)
print(s)
print(len(s), s[:5], s[-5:])
print(int(s[::-1]) % 1000)
