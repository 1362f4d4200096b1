# center / ljust / rjust / zfill / expandtabs.
for w in (0, 3, 8, 9, 10):
    print(repr("abc".center(w)), repr("abc".ljust(w)), repr("abc".rjust(w)))
print(repr("abc".center(9, "*")), repr("abc".ljust(6, "-")), repr("abc".rjust(6, "0")))
print(repr("ab".center(5)), repr("ab".center(6, ".")), repr("abc".center(6, ".")))
print(repr("a".center(4, "#")), repr("".center(3, "x")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "".zfill(2))
print("-0.5".zfill(8), "x-1".zfill(5))
print(repr("a\tb\tc".expandtabs(4)), repr("ab\tc".expandtabs()), repr("\t".expandtabs(2)))
try:
    "abc".center(10, "ab")
except TypeError as e:
    print(type(e).__name__)
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("kiwi", 100, 10.0)]
for name, qty, price in rows:
    print(name.ljust(8) + "|" + str(qty).rjust(5) + "|" + str(price).center(7) + "|")
print("TITLE".center(22, "="))
print("héllo".center(9, "·"), "✓".rjust(3, "_"))
