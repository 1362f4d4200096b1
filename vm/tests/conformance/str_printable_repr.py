# repr() and str.isprintable() follow the Unicode 14 categories exactly.
s = ''.join(map(chr, range(0, 0xd800, 13))) + ''.join(map(chr, range(0xe000, 0x32000, 29)))
r = repr(s)
print(len(s), len(r), sum(map(ord, r)) % 1000003)
print(len(''.join(filter(str.isprintable, s))))
print(repr('é😀\x00\n\x7f\x9f\xa0\u200b\U000e0001\u0378\u2028\u3000'), ascii('\U000e0001'))
