# Thousands separators with , and _ for ints and floats.
for v in (0, 999, 1000, -1000, 123456, 1234567, -98765432, 10 ** 12, 2 ** 70):
    print(f"{v:,} {v:_} {v:>16,} {v:016,}")
for v in (0.5, 1234.5, -1234567.891, 1e9, 12345678.9):
    print(f"{v:,.2f} {v:_.1f} {v:,.0f} {v:,}")
print(f"{0xDEADBEEF:_x} {0xDEADBEEF:_X} {0b1111000011110000:_b} {0o777777:_o}")
print("{:,}".format(1234), format(1234567, ","), format(-1234.5, ",.1f"))
print(f"{1234567:,d}", f"{1234567:+,}", f"{-1:,}")
def money(x):
    sign = "-" if x < 0 else ""
    return f"{sign}${abs(x):,.2f}"
print([money(v) for v in (0, 5.5, 1234.567, -1000000, 987654321.1)])
try:
    f"{1234:,s}"
except ValueError as e:
    print(type(e).__name__)
try:
    format(12, ",_")
except ValueError as e:
    print(type(e).__name__)
