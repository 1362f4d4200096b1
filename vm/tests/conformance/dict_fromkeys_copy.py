# fromkeys, copy (shallow), clear and equality of copies.
keys = ["a", "b", "c"]
print(dict.fromkeys(keys), dict.fromkeys(keys, 0), dict.fromkeys("xyz", "v"), dict.fromkeys([]))
shared = dict.fromkeys(keys, [])
shared["a"].append(1)
print(shared)
separate = {k: [] for k in keys}
separate["a"].append(1)
print(separate)
orig = {"n": 1, "lst": [1, 2], "sub": {"k": "v"}}
cp = orig.copy()
cp["n"] = 2
cp["lst"].append(3)
cp["sub"] = {}
print(orig, cp)
cp2 = dict(orig)
print(cp2 == orig, cp2 is orig, cp2["lst"] is orig["lst"])
deep = {k: (v.copy() if isinstance(v, (list, dict)) else v) for k, v in orig.items()}
deep["lst"].append(4)
print(orig["lst"], deep["lst"])
orig.clear()
print(orig, cp2["n"], len(cp2))
dedup = list(dict.fromkeys([3, 1, 3, 2, 1, 5]))
print(dedup)
print(dict.fromkeys(range(4), None), dict.fromkeys((1, 1, 2), "x"))
alias = cp2
cp2.clear()
print(alias, cp2 == {})
