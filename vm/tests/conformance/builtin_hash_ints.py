# hash() of ints, bools and tuples of ints (defined by the numeric hash algorithm).
for v in (0, 1, -1, -2, 2, 100, -100, 2 ** 31, 2 ** 32, 2 ** 60, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62):
    print(v, hash(v))
print(hash(True), hash(False), hash(-(2 ** 61) + 1), hash(-(2 ** 61)), hash(-(2 ** 63)))
print(hash(10 ** 30) == 10 ** 30 % (2 ** 61 - 1))
print(hash(1) == hash(1.0), hash(0) == hash(-0.0), hash(2 ** 70) == hash(float(2 ** 70)))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)), hash(()) == hash(tuple()))
print(hash((1, (2, 3))) == hash((1, (2, 3))), hash((1,)) == hash((True,)))
d = {}
for i in range(-5, 6):
    d[hash(i)] = d.get(hash(i), []) + [i]
print([v for v in d.values() if len(v) > 1])
print(hash(-1) == hash(-2), -1 == -2)
s = {-1, -2}
print(len(s), -1 in s, -2 in s)
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
class Big:
    def __hash__(self):
        return 2 ** 100
print(hash(Big()) == hash(2 ** 100))
