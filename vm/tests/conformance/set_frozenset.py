# frozenset: immutability, hashability, use as keys and elements.
fs = frozenset([3, 1, 2, 3])
print(fs, len(fs), 2 in fs, frozenset(), frozenset("a") == frozenset({"a"}))
print(fs | {4}, fs & {1, 5}, fs - {1}, fs ^ {1, 5})
print(type(fs | {4}).__name__, fs.union([0]), fs.issubset(range(5)))
try:
    fs.add(4)
except AttributeError as e:
    print(type(e).__name__)
groups = {frozenset({1, 2}): "a", frozenset({2, 3}): "b"}
print(groups[frozenset({2, 1})], frozenset([3, 2]) in groups)
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested), sorted(sorted(x) for x in nested))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), frozenset({1, 2}) == {1, 2})
power = [frozenset()]
for x in [1, 2, 3]:
    power += [s | {x} for s in power]
print(len(power), sorted(sorted(s) for s in power))
print(sorted(len(s) for s in set(power)))
fs2 = fs.copy()
print(fs2 == fs, fs <= fs | {9})
