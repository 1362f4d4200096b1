# Iteration sees mutation as CPython does: extend by itself, list repr live,
# reversed(dict) detects size changes.
a = [1, 2, 3]
a.extend(a)
print(a)
b = [1, 2]
def gen():
    for x in b:
        yield x
        if len(b) < 5:
            b.append(x * 10)
print(list(gen()), b)
d = {1: 2}
try:
    for k in reversed(d):
        d[k + 1] = 0
except RuntimeError as e:
    print("RuntimeError", e)
class R:
    def __repr__(self):
        lst.append(1)
        return "R"
lst = [R(), R()]
print(repr(lst)[:20], len(lst) > 2)
e = {1: 1}
e.update((k, v) for k, v in [(2, 2), (3, 3)])
print(e)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as err:
    print("RuntimeError", err)
l2 = [1, 2, 3]
for x in l2:
    if x < 3:
        l2.append(x + 100)
print(l2)
print(sum([1, 2], start=10), list(map(lambda x: x, l2))[:3])
d = {1: "a", 2: "b", 3: "c"}
del d[2]
d[4] = "d"
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())), type(reversed(d)).__name__, type(reversed(d.items())).__name__)
r = reversed(d)
print(next(r))
d.pop(1); d[1] = "z"
print(list(r))
print(list(reversed({})))
