# Nested tuples, tuples of lists, returning tuples, named-field access by index.
point = (3, 4)
segment = ((0, 0), (3, 4))
(x1, y1), (x2, y2) = segment
print(x1, y1, x2, y2, ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([5, 3, 9, 1])
print(lo, hi, minmax("hello"))
records = (("alice", 30, ("NYC", "US")), ("bob", 25, ("Paris", "FR")))
for name, age, (city, country) in records:
    print(f"{name:6} {age:3} {city}/{country}")
print(records[1][2][0], records[-1][-1][-1][-1])
deep = (1, (2, (3, (4, (5,)))))
level = deep
while isinstance(level, tuple) and len(level) == 2:
    print(level[0], end=" ")
    level = level[1]
print(level)
NAME, AGE = 0, 1
people = [("zed", 40), ("amy", 22), ("kim", 31)]
print(sorted(people, key=lambda p: p[AGE])[0][NAME])
print(tuple(sorted(people)), tuple(p[NAME] for p in people))
t = ([1, 2], {"k": "v"}, "s")
t[0].append(3)
t[1]["k2"] = 4
print(t, len(t[1]))
swap = lambda pair: pair[::-1]
print(swap((1, 2)), swap(("a", "b", "c")))
print(tuple(zip(*[(1, "a"), (2, "b"), (3, "c")])))
