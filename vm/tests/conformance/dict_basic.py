# Dict creation, lookup, assignment, deletion and membership.
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "a" in d, "z" in d, "z" not in d)
del d["b"]
print(d, list(d))
print(dict(), dict(x=1, y=2), dict([("k", "v"), ("n", 0)]), dict({"m": 1}, n=2))
print(dict(zip("abc", range(3))), {i: i * i for i in range(4)})
mixed = {1: "int", 1.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print(mixed, mixed[1], mixed[None], mixed[(1, 2)])
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print({}, {"nested": {"deep": {"deeper": [1, 2]}}})
print(bool({}), bool({0: 0}), {"a": 1} == {"a": 1.0}, {"a": 1} == {"a": 1, "b": 2})
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, d.get("c"), d.get("q"))
d2 = d
d2["new"] = True
print(d, d is d2)
