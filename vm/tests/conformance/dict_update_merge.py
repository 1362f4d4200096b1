# update, | and |= merging.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = a | b
print(c, a, b, b | a)
a |= {"w": 0}
print(a)
a.update(b)
print(a)
a.update([("p", 1), ("q", 2)], r=3)
print(a)
a.update(y=-2)
a.update({})
print(a)
d = {}
d.update(zip(range(3), "abc"))
print(d)
d |= [(5, "f")]
print(d)
try:
    d | [(6, "g")]
except TypeError as e:
    print(type(e).__name__)
defaults = {"color": "red", "size": 10, "debug": False}
override = {"size": 12, "debug": True}
print({**defaults, **override}, {**override, **defaults})
print({**defaults, "color": "blue", **{"extra": 1}})
merged = {}
for part in ({"a": 1}, {"b": 2}, {"a": 3}):
    merged.update(part)
print(merged)
try:
    {}.update([1, 2])
except TypeError as e:
    print(type(e).__name__)
try:
    {}.update([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__)
