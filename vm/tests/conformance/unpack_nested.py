# Nested unpacking in assignments and loops.
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
[x, [y, z]] = ["p", "qr"]
print(x, y, z)
(a, *b), (c, *d) = "abc", [1]
print(a, b, c, d)
points = [((0, 0), "origin"), ((1, 2), "p1"), ((-3, 4), "p2")]
for (px, py), label in points:
    print(label, px + py, (px * px + py * py) ** 0.5)
data = {"alice": (30, ("NYC", 10001)), "bob": (25, ("LA", 90001))}
for name, (age, (city, zipc)) in data.items():
    print(name, age, city, zipc)
pairs = list(zip("abc", zip(range(3), "xyz")))
for letter, (num, other) in pairs:
    print(letter, num, other, end="; ")
print()
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print(type(e).__name__, e)
try:
    (a, b), c = 1, 2
except TypeError as e:
    print(type(e).__name__)
m = [[1, 2], [3, 4]]
(a, b), (c, d) = m
print(a * d - b * c)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items(), start=10):
    print(i, k, v)
