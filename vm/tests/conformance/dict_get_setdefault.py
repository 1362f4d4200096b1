# get and setdefault, grouping with setdefault.
d = {"a": 1, "b": None}
print(d.get("a"), d.get("b"), d.get("c"), d.get("c", 0), d.get("b", "dflt"))
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("d"), d)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
index = {}
text = "to be or not to be"
for pos, w in enumerate(text.split()):
    index.setdefault(w, []).append(pos)
print(index)
nested = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = nested
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(nested)
inv = {}
for k, v in {"x": 1, "y": 2, "z": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
print({}.get("k", []), {1: 2}.get(1.0), {True: "yes"}.get(1))
try:
    d.get()
except TypeError as e:
    print(type(e).__name__)
counts = {}
for ch in "hello world":
    counts[ch] = counts.setdefault(ch, 0) + 1
print(counts)
