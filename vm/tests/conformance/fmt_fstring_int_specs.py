# Format specs for integers.
for v in (0, 7, -7, 255, 123456789, -(2 ** 40)):
    print(f"[{v:d}] [{v:8d}] [{v:<8}] [{v:^9}] [{v:+d}] [{v: d}] [{v:08d}] [{v:,}] [{v:_}]")
for v in (0, 10, 255, -255, 4096):
    print(f"{v:b} {v:o} {v:x} {v:X} {v:#b} {v:#o} {v:#x} {v:#X} {v:#010x} {v:_b}")
print(f"{65:c} {0x263A:c}", f"{42:=+8d}", f"{-42:=8}", f"{42:*>+6}")
print(f"{12345678:_x}", f"{2 ** 64:,}", f"{-1234:08,}", f"{1234:010,}")
print(f"{7:.2f}", f"{7:e}", f"{7:%}", f"{7:g}", f"{-3:.1%}")
print(f"{True:d} {False:5}", f"{True:>5}")
print(format(255, "x"), format(-1, "b"), format(10, "#o"), format(3, "03"))
print(f"{42:5d}|{42:<5d}|{42:^5d}|{-42:^7}|")
try:
    f"{5:s}"
except ValueError as e:
    print(type(e).__name__)
try:
    format(5, "z")
except ValueError as e:
    print(type(e).__name__)
