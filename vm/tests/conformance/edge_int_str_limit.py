# sys.set_int_max_str_digits: decimal conversions of huge ints are limited, others are not.
import sys
print(sys.get_int_max_str_digits())
for bad in (1, 639, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.set_int_max_str_digits()
except TypeError as e:
    print("TypeError:", e)
sys.set_int_max_str_digits(maxdigits=640)
print(sys.get_int_max_str_digits())
try:
    str(10**640)
except ValueError as e:
    print(e)
print(len(str(10**639)))
try:
    int("7" * 641)
except ValueError as e:
    print(e)
print(int("1" * 641, 16) > 0, int("1_0" * 300) > 0)
sys.set_int_max_str_digits(0)
print(len(str(10**10000)), len(f"{-10**5000:,}"), len("%d" % 10**6000))
print(int("9" * 7000) % 97)
sys.set_int_max_str_digits(4300)
try:
    print(f"{10**4300}")
except ValueError as e:
    print(e)
print(len(repr(-10**4299)))
