# Dict keys of various hashable types and equal-hash keys.
d = {}
d[1] = "int one"
d[1.0] = "float one"
d[True] = "true"
print(d, len(d))
d[0] = "zero"
d[False] = "false"
d[0.0] = "fzero"
print(d)
d2 = {(1, 2): "tuple", "12": "str", 12: "int", frozenset({1, 2}): "fs", None: "none"}
print(d2[(1, 2)], d2["12"], d2[12], d2[frozenset({2, 1})], d2[None])
print(d2[1, 2], (2, 1) in d2, 12.0 in d2)
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return len(self.name)
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __repr__(self):
        return f"Key({self.name!r})"
k = {Key("Abc"): 1, Key("xy"): 2}
print(k[Key("aBC")], Key("XY") in k, Key("zz") in k, Key("abd") in k)
k[Key("ABC")] = 10
print(k)
class Plain:
    pass
p1, p2 = Plain(), Plain()
objs = {p1: "first", p2: "second"}
print(objs[p1], objs[p2], len(objs), Plain() in objs)
for bad in ([1], {1: 2}, {3}):
    try:
        {bad: 1}
    except TypeError as e:
        print(type(e).__name__, type(bad).__name__)
print({-1: "a", -2: "b"}[-1], {2 ** 70: "big"}[2 ** 70], {0.5: "h"}[1 / 2])
