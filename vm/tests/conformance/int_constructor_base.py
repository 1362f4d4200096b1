# int() construction from strings, floats and with bases.
print(int(), int(0), int(42), int(-7))
print(int("123"), int("-123"), int("+5"), int("  12 "), int("\t-8\n"))
print(int("1_000_000"), int("0"), int("000123"))
print(int(3.9), int(-3.9), int(1e20), int(True), int(False))
print(int("ff", 16), int("FF", 16), int("-ff", 16), int("0xff", 16))
print(int("777", 8), int("0o777", 8), int("1010", 2), int("0b1010", 2))
print(int("z", 36), int("Zz", 36), int("10", 3))
print(int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("99", 0))
print(int("123456789012345678901234567890"))
print(int("-" + "9" * 40) + 1)
bad = ["abc", "", "1.5", "12a", "0x10", " ", "1 2", "--1"]
for s in bad:
    try:
        int(s)
    except ValueError as e:
        print("ValueError", repr(s))
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    int("12", 2)
except ValueError as e:
    print(type(e).__name__)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__)
