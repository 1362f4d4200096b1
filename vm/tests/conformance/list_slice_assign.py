# Slice assignment and deletion on lists.
a = list(range(10))
a[2:5] = ["a", "b", "c"]
print(a)
a[2:5] = []
print(a)
a[1:1] = [100, 200]
print(a)
a[:2] = "xy"
print(a)
a[-2:] = [8, 9, 10, 11]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[::-3] = ["r"] * len(a[::-3])
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__)
b = list(range(10))
del b[::3]
print(b)
del b[1:3]
print(b)
del b[-1]
print(b)
del b[:]
print(b)
c = [1, 2, 3]
c[len(c):] = [4, 5]
c[:0] = [-1, 0]
print(c)
c[2:4] = range(3)
print(c)
d = [1, 2, 3, 4, 5]
d[1:4] = d[1:4][::-1]
print(d)
d[5:100] = [6]
print(d, d[10:20])
e = [0, 1, 2, 3, 4, 5, 6]
e[4:1:-1] = ["a", "b", "c"]
print(e)
