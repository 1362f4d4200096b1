# Truthiness of ints and boolean operator results.
for v in (0, 1, -1, 2 ** 100, -(2 ** 100)):
    print(v if abs(v) < 10 else "big", bool(v), not v)
print(0 or 5, 3 or 5, 0 and 5, 3 and 5)
print(None or 0 or 7, 1 and 2 and 3, 1 and 0 and 3)
print(not 0, not 1, not not 42)
print(bool(0) is False, bool(7) is True)
count = 0
for n in range(-3, 4):
    if n:
        count += 1
print("nonzero:", count)
print(int(True) + int(False), True + 1, False * 3)
print(True == 1, True is True, 1 if False else "skip")
print(str(True), repr(False), str(True + 0))
print(abs(True), -False, -True)
print(True // 1, True / 2, True % 2, True ** 10)
print(max(True, 0), min(False, 1))
print([i for i in range(10) if i % 3])
