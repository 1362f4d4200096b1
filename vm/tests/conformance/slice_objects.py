# slice objects, indices() and __getitem__ receiving slices.
sl = slice(1, 8, 2)
print(sl, sl.start, sl.stop, sl.step, slice(5), slice(None), slice(1, None, -1))
print(list(range(10))[sl], "abcdefghij"[sl], sl.indices(5), slice(None, None, -1).indices(4))
print(slice(-3, None).indices(10), slice(0, 100, 3).indices(10), slice(None, -2, -2).indices(7))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))

class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(self.n)
            return [self[i] for i in range(start, stop, step)]
        if key < 0:
            key += self.n
        if not 0 <= key < self.n:
            raise IndexError("Seq index out of range")
        return key * 10

s = Seq(6)
print(s[0], s[-1], s[1:4], s[::-1], s[::2], s[10:], len(s))
print(list(s), 30 in s, 35 in s)

class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[::3], r[1:2, 3], r[:, None], r["k"], r[-1:])
