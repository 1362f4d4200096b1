# float() construction and string parsing.
print(float(), float(0), float(3), float(-7), float(True))
print(float("3.5"), float("  -2.25  "), float("1e3"), float("1E-3"), float(".5"), float("5."))
print(float("inf"), float("-inf"), float("+inf"), float("infinity"), float("nan"))
print(float("1_000.5"), float("016"), float("-.5e1"))
print(float(10 ** 20), float(2 ** 100), float(-(10 ** 25)))
print(float("0.1"), float("1e-07"), float("1.5e16"), float("1e22"))
print(float("123456789012345678901234567890"))
print(float("-0"), float("-0.0"), float("+0.0"))
for s in ("abc", "", "1.2.3", "1e", "--1", "in f"):
    try:
        float(s)
    except ValueError as e:
        print("ValueError for", repr(s))
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__)
print(float(1.5) is not None, float("  7  ") == 7)
print((2.5).is_integer(), (3.0).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio())
print(3.0 == 3, 3.0 != 3.1, float(" -1E2 "))
