# Iteration protocol details: live list.extend/dict.update from iterators, min/max
# comparing as items come, StopIteration from callbacks ending builtin iterators,
# lazy reversed() over __getitem__, starred unpacking of __getitem__ sequences,
# huge exponents of -1, set arguments to discard/remove, constant set display order.
l = []
def g():
    for x in "ab":
        l.append(x.upper())
        yield x
l.extend(g())
print(l)          # CPython: ['A', 'a', 'B', 'b']   (same for l += g())
d = {}
def k():
    for x in "ab":
        print("dlen", len(d))   # CPython: 0 then 1
        yield (x, 1)
d.update(k())

def gen():
    for x in [3, 1]:
        print("yield", x)
        yield x
class V:
    def __init__(s, v): s.v = v
    def __gt__(s, o): print("cmp"); return s.v > o.v
    def __lt__(s, o): print("cmp"); return s.v < o.v
def vg():
    for x in [3, 1, 2]:
        print("yield", x); yield V(x)
print(max(vg()).v)
print(min(vg()).v)
print(max(gen(), key=lambda x: (print("key", x), x)[1]))

def p(x):
    if x == 2: raise StopIteration
    return True
print(list(filter(p, [1, 2, 3])))            # CPython: [1]
vals = iter([1, 2])
print(list(iter(lambda: next(vals), 99)))    # CPython: [1, 2]
class S:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i == 1: raise StopIteration
        return i
print(list(reversed(S())))                   # CPython: [2]

class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i
a, *b = Seq()
print(a, b)

print((-1) ** 2**64, (-1) ** (10**30), pow(-1, 2**64))

s = {frozenset([1]), frozenset([2])}
print({1} in s)
s.discard({1})
print(len(s))
s.remove({2})
print(len(s))

print({50, 3, 99, 17, 2}, {1, 9, 17, 25, 33}, {"a", "b"}, {100, 200, 300, 400, 500, 600, 700, 800, 900}, {0.5, 1.5, 2.5, 8, 16})
print(frozenset({50, 3, 99, 17, 2}), set([50, 3, 99, 17, 2]), {*[50, 3, 99, 17, 2]})
x = 3
print({50, x, 99, 17, 2}, {64, 128, 192, 1, 2, 3, 4, 5, 6, 7, 8, 9})
class S(set): pass
try:
    reversed(S([1]))
except TypeError as e:
    print(e)
