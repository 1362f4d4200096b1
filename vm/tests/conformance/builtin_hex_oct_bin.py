# hex(), oct(), bin() and their round-trips through int(s, base).
for v in (0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 1023, 2 ** 32, -(2 ** 40), 2 ** 100):
    h, o, b = hex(v), oct(v), bin(v)
    assert int(h, 16) == v and int(o, 8) == v and int(b, 2) == v
    assert int(h, 0) == v and int(o, 0) == v and int(b, 0) == v
    print(v, h, o, b if len(b) < 40 else b[:12] + "...")
print(hex(True), bin(False), oct(True))
print(hex(42), oct(42), bin(42), hex(-42), bin(-42))
for bad in (1.5, "10", None):
    try:
        hex(bad)
    except TypeError as e:
        print("hex", repr(bad), "->", type(e).__name__)
print(hex(0xDEADBEEF).upper(), bin(0b1010 ^ 0b0110), oct(0o777 + 1))
print(int("ff", 16) + int("77", 8) + int("11", 2), int("-0x10", 16), int("0X1F", 16))
print(format(255, "x"), format(255, "#X"), f"{255:o}", f"{5:08b}", "%x" % 255, "%#o" % 8)
print(len(bin(2 ** 64)) - 2, hex(2 ** 64 - 1).count("f"))
