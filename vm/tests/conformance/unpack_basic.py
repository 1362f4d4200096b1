# Basic tuple/list unpacking and swapping.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = [10, 20, 30]
print(x, y, z)
p, q = "hi"
print(p, q)
(m, n) = (n_, m_) = (5, 6)
print(m, n, n_, m_)
[i, j] = range(2)
print(i, j)
k, = [42]
print(k)
a = b = c = 0
print(a, b, c)
d = {"one": 1, "two": 2}
k1, k2 = d
v1, v2 = d.values()
print(k1, k2, v1, v2)
for key, val in d.items():
    print(key, val)
x, y = y, x + y
print(x, y)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__)
lst = [0, 0, 0]
lst[0], lst[2] = "first", "last"
print(lst)
i = 0
i, lst[i] = 1, "which?"
print(i, lst)
