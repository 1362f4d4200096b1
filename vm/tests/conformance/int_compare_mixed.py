# Comparisons between ints, bools, floats and big ints.
print(1 < 2, 2 < 1, 1 == 1, 1 != 1, 3 >= 3, 3 <= 2)
print(1 == 1.0, 1 == True, 0 == False, 2 == True)
print(10 ** 20 == 1e20, 10 ** 20 < 1e20 + 1e5)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > 2.0 ** 53)
print(-(10 ** 30) < -1e29, 10 ** 400 > 1e308)
print(10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(1 < float("nan"), 1 > float("nan"), 1 == float("nan"))
big = [3 ** 80, -(2 ** 120), 0, 2 ** 127, -1, 5 ** 50]
print(sorted(big))
print(max(big) == 3 ** 80, min(big) == -(2 ** 120))
print(True + True, True * 10, False - 1, -True)
print(sum([True, True, False, True]))
print(isinstance(True, int), type(True) is bool)
print((5).__eq__(5), (5).__lt__(7))
print(1 < 2 < 3 < 4, 1 < 3 < 2, 5 > 4 > 4)
x = 7
print(0 <= x < 10, 0 <= x < 5, x == 7 == 7.0)
print(0 == -0, 0.0 == -0.0)
print([1, 2] < [1, 3], (1, 2, 3) > (1, 2), [3] > [2, 100])
try:
    1 < "a"
except TypeError as e:
    print(type(e).__name__)
