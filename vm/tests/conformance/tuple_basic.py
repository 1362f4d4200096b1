# Tuple creation, indexing, immutability, single-element tuples.
t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
e = 1, 2, 3
print(e, type(e).__name__, type(()).__name__, type((5)).__name__)
print(t + (5,), (0,) * 3, 2 * (1, 2), (1, 2) + ())
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
nested = ([1, 2], [3])
nested[0].append(99)
print(nested)
try:
    nested[0] += [100]
except TypeError as e:
    print(type(e).__name__, nested)
print(t.count(None), (1, 2, 1, 1).count(1), (5, 6, 7).index(7))
try:
    (1, 2).index(3)
except ValueError as e:
    print(type(e).__name__)
x = (1, 2)
y = x
x += (3,)
print(x, y, x is y)
print(bool(()), bool((0,)), (0,) * 0, len((None,) * 4))
print(tuple(t for t in range(4)), tuple(reversed((1, 2, 3))))
