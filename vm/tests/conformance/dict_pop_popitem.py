# pop, popitem (LIFO), del and clear.
d = dict.fromkeys("abcde", 0)
for i, k in enumerate(d):
    d[k] = i
print(d)
print(d.pop("c"), d.pop("zz", "default"), d.pop("a", None), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d.popitem(), d)
d["x"] = 9
d["b"] = 100
print(d, d.popitem())
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__)
stack = {}
for i in range(5):
    stack[f"k{i}"] = i
while stack:
    k, v = stack.popitem()
    print(k, v, end="; ")
print()
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
d["b"] = 20
print(d, list(d.keys()))
d.pop("a")
d["a"] = 10
print(d)
