# iter() and next(): defaults, iter(callable, sentinel), iterators over builtins.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
print(iter(it) is it, list(iter("abc")), list(iter((1, 2))), sorted(iter({3, 1})))
d_it = iter({"x": 1, "y": 2})
print(next(d_it), next(d_it))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
data = ["a", "b", "", "c"]
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, "")), pos[0])
chunks = iter(range(10))
print([next(chunks) for _ in range(3)], list(chunks))
r = iter(range(3))
print(next(r), list(r))
s = iter("xyz")
for ch in s:
    print(ch, next(s, "<end>"))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__)
try:
    iter(42)
except TypeError as e:
    print(type(e).__name__)
e = iter([])
try:
    next(e)
except StopIteration:
    print("StopIteration from empty iterator")
lines = iter(["header", "row1", "row2"])
header = next(lines)
print(header, [l.upper() for l in lines])
