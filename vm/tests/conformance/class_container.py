# Container dunders: __len__, __getitem__, __setitem__, __delitem__, __contains__.
class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = [fill] * (w * h)
    def _idx(self, key):
        r, c = key
        if not (0 <= r < self.h and 0 <= c < self.w):
            raise IndexError(f"cell {key} out of range")
        return r * self.w + c
    def __getitem__(self, key):
        return self.cells[self._idx(key)]
    def __setitem__(self, key, value):
        self.cells[self._idx(key)] = value
    def __delitem__(self, key):
        self.cells[self._idx(key)] = 0
    def __len__(self):
        return self.w * self.h
    def __contains__(self, value):
        return value in self.cells
    def __str__(self):
        return "\n".join(" ".join(str(self[r, c]) for c in range(self.w)) for r in range(self.h))

g = Grid(3, 2)
g[0, 1] = 5
g[1, 2] = 7
g[1, 0] += 2
print(g)
print(len(g), 5 in g, 9 in g, g[1, 2])
del g[0, 1]
print(5 in g, g.cells)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)

class DefaultDict:
    def __init__(self, factory):
        self.factory = factory
        self.data = {}
    def __getitem__(self, k):
        if k not in self.data:
            self.data[k] = self.factory()
        return self.data[k]
    def __setitem__(self, k, v):
        self.data[k] = v
    def __len__(self):
        return len(self.data)

dd = DefaultDict(list)
for word in "apple avocado banana cherry blueberry".split():
    dd[word[0]].append(word)
print(dd.data, len(dd))

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), [x for x in Seq()])
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), len(Empty()), "falsy" if not Empty() else "truthy")
