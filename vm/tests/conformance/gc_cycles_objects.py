# Self-referencing containers and object graphs created and discarded in a loop.
import gc

class Parent:
    def __init__(self, name):
        self.name = name
        self.children = []
    def add(self, child):
        self.children.append(child)
        child.parent = self

class Child:
    def __init__(self, n):
        self.n = n
        self.parent = None

alive = []
for i in range(400):
    p = Parent(f"p{i}")
    for j in range(3):
        p.add(Child(j))
    lst = [p]
    lst.append(lst)
    d = {"self": None, "p": p}
    d["self"] = d
    if i % 100 == 0:
        alive.append(p)
    if i % 128 == 0:
        gc.collect()
del p, lst, d
gc.collect()
print(len(alive), [a.name for a in alive])
print([len(a.children) for a in alive], [c.parent is a for a in alive for c in a.children][:4])
print(sum(c.n for a in alive for c in a.children))
cyc = []
cyc.append(cyc)
print(cyc, len(cyc), cyc[0] is cyc)
dd = {}
dd["me"] = dd
print(dd)
t = ([],)
t[0].append(t)
print(len(t[0]), t[0][0] is t)
gc.collect()
print("still consistent:", alive[2].children[1].parent.name)
