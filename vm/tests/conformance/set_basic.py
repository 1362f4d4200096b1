# Set creation, membership, add/remove/discard/pop; printing small-int sets.
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, set(), set([1, 1, 2]), set("aab") == {"a", "b"})
s.add(4)
s.add(1)
print(s)
s.remove(2)
s.discard(7)
s.discard(3)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
p = {5}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(type(e).__name__)
words = {"pear", "apple", "fig", "apple"}
print(sorted(words), len(words))
print(sorted(set("mississippi")), len(set(range(100)) | set(range(50, 150))))
t = set()
for i in range(10):
    t.add(i % 4)
print(t, sorted(t, reverse=True))
print({0, 1} == {1, 0}, {1, 2} != {1, 2, 3}, {1} == frozenset({1}), set() == frozenset())
print(bool(set()), bool({0}), {True, 1, 1.0}, {0, False})
u = {(1, 2), (3, 4)}
u.add((1, 2))
print(sorted(u), len(u))
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__)
c = s.copy()
c.clear()
print(s, c)
