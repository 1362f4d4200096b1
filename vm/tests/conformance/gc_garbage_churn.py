# Lots of short-lived garbage: strings, lists, dicts, tuples, bound methods, closures.
import gc

total = 0
for i in range(1500):
    s = str(i) * 3
    lst = [s, i, (i, s)]
    d = {"k": lst, "n": i}
    f = (lambda x: lambda: x + i)(i)
    total += len(s) + d["n"] + f()
print("total", total)
gc.collect()
words = []
for i in range(300):
    words.append("-".join(str(j) for j in range(i % 10)))
print(len(words), words[9], words[-1])
big = [list(range(i % 20)) for i in range(500)]
print(sum(len(x) for x in big))
big = None
gc.collect()
class Obj:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
methods = [Obj(i).get for i in range(300)]
print(sum(m() for m in methods))
methods = None
concat = ""
for i in range(400):
    concat += chr(97 + i % 26)
print(len(concat), concat[:30])
gens = [(x * 2 for x in range(3)) for _ in range(200)]
print(sum(sum(g) for g in gens))
gc.collect()
print("done")
