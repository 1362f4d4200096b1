# Safe patterns for mutating a dict while iterating; errors for unsafe ones.
d = {i: i * i for i in range(8)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
for k in d:
    d[k] = -d[k]
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__)
print(d)
try:
    for k in d.keys():
        d[k * 100] = 1
except RuntimeError as e:
    print(type(e).__name__)
print(len(d))
snapshot = dict(d)
for k, v in snapshot.items():
    if v == 1:
        d.pop(k)
print(d)
items = list(d.items())
d.clear()
for k, v in items:
    d[str(k)] = v
print(d)
to_add = {}
for k in d:
    to_add[k + "!"] = d[k]
d.update(to_add)
print(d)
