# Nested dicts: configuration trees, counting, recursive walks.
inventory = {
    "fruit": {"apple": {"qty": 5, "price": 0.5}, "pear": {"qty": 0, "price": 0.75}},
    "veg": {"leek": {"qty": 3, "price": 1.2}},
}
for cat, items in inventory.items():
    for name, info in items.items():
        print(f"{cat}/{name}: {info['qty']} @ {info['price']}")
total = sum(i["qty"] * i["price"] for items in inventory.values() for i in items.values())
print(round(total, 2))
inventory["veg"]["kale"] = {"qty": 2, "price": 2.0}
inventory["fruit"]["apple"]["qty"] -= 1
print(inventory["fruit"]["apple"], list(inventory["veg"]))

def walk(node, prefix=""):
    for k, v in node.items():
        path = prefix + "." + k if prefix else k
        if isinstance(v, dict):
            yield from walk(v, path)
        else:
            yield path, v

for path, v in walk({"a": {"b": 1, "c": {"d": 2}}, "e": 3}):
    print(path, v)

def deep_get(d, path, default=None):
    for part in path.split("."):
        if not isinstance(d, dict) or part not in d:
            return default
        d = d[part]
    return d

cfg = {"db": {"host": "localhost", "port": 5432}, "debug": True}
print(deep_get(cfg, "db.port"), deep_get(cfg, "db.user", "anon"), deep_get(cfg, "debug.x"))
matrix = {}
for i in range(3):
    for j in range(3):
        matrix.setdefault(i, {})[j] = i == j
print(matrix)
print({k: {kk: vv for kk, vv in v.items() if vv} for k, v in matrix.items()})
