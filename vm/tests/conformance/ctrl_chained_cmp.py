# Chained comparisons evaluate middle operands once and short-circuit.
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(5) < v(2) < v(3), calls)
calls.clear()
print(v(1) < v(2) > v(0) < v(9), calls)
x = 5
print(0 < x <= 5, 0 < x < 5, 5 <= x < 10, -1 < -x < 0)
print(1 < 2 == 2, (1 < 2) == 2, 1 < (2 == 2))
print("a" < "b" < "c", [1] < [2] < [3], 1 in [1, 2] in [[1, 2]])
print(None is None is not False, x is not None)
lst = [1, 2, 3]
print(2 in lst == True, (2 in lst) == True)
a = b = [1]
print(a is b is a, a == b == [1])
def between(lo, val, hi):
    return lo <= val <= hi
print([between(0, n, 10) for n in (-1, 0, 5, 10, 11)])
s = sorted([(1, "x"), (0, "y")])
print(s[0] < s[1], s[0] < s[1] < (2,))
