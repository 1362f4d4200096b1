# keys/values/items views: iteration, dynamic updates, set operations.
d = {"a": 1, "b": 2, "c": 3}
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its)
print(list(ks), list(vs), list(its), len(ks), "a" in ks, 2 in vs, ("c", 3) in its)
d["d"] = 4
print(list(ks), list(vs), len(its))
del d["a"]
print(list(ks), ("a", 1) in its)
print(sorted(ks & {"b", "x"}), sorted(ks | {"z"}), sorted(ks - {"b"}), sorted(ks ^ {"b", "q"}))
print(ks == {"b", "c", "d"}, sorted(its & {("b", 2), ("c", 0)}))
for k, v in d.items():
    print(k, "=", v, end="; ")
print()
print(sum(d.values()), max(d), max(d.values()), sorted(d, key=d.get, reverse=True))
print(list(reversed(d)), list(reversed(d.items())))
it = iter(d)
print(next(it), next(it))
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(type(e).__name__)
print(list(d))
