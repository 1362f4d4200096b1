# List creation, indexing, length, concatenation and repetition.
a = [1, 2, 3]
b = list(range(4, 7))
print(a, b, a + b, a * 2, [0] * 5, [] * 3, len(a + b))
print(a[0], a[-1], a[1:], b[::-1], list("hey"), list((1, 2)), list())
c = a
c.append(4)
print(a, c is a, a == [1, 2, 3, 4])
d = a[:]
d.append(5)
print(a, d)
e = a
e += [9]
print(a, e is a)
f = a
f = f + [10]
print(a, f, f is a)
g = [[0] * 2] * 3
g[0][0] = 1
print(g)
h = [[0] * 2 for _ in range(3)]
h[0][0] = 1
print(h)
print([1, [2, [3]]], [None, True, "s", 1.5], [[]], len([[]]))
lst = [5, 3, 8]
lst[1] = 30
lst[-1] += 1
print(lst, 30 in lst, 3 in lst, 3 not in lst)
try:
    lst[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    lst[3] = 0
except IndexError as e:
    print(type(e).__name__, e)
m = [0] * 3
m *= 2
print(m, bool([]), bool([0]), [1, 2] == [1, 2.0], list([1, 2]) is not [1, 2])
