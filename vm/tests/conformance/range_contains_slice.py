# Range membership, slicing ranges and using them as sequences.
r = range(0, 100, 3)
print(0 in r, 3 in r, 99 in r, 100 in r, -3 in r, 3.0 in r, "3" in r)
print([x for x in (10, 12, 33, 34, 96, 99) if x in r])
sub = r[5:10]
print(sub, list(sub), sub[0], sub[-1])
print(r[::10], r[::-10], list(r[-3:]), r[2:2], len(r[::-1]))
print(list(range(20))[slice(2, 15, 4)], range(20)[slice(2, 15, 4)])
print(r.index(42), r.count(42), r.count(43))
try:
    r.index(43)
except ValueError as e:
    print(type(e).__name__)
def chunked(n, size):
    return [range(i, min(i + size, n)) for i in range(0, n, size)]
for c in chunked(10, 4):
    print(c, list(c))
pairs = list(zip(range(3), range(10, 13)))
print(pairs, list(enumerate(range(5, 8))))
print(list(map(lambda i: i * i, range(6))), [i for i in range(30) if i in range(5, 25, 6)])
