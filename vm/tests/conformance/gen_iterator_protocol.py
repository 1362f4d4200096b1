# Generators as __iter__ implementations and iterator protocol details.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

c = Countdown(3)
print(list(c), list(c), [x * 2 for x in c], 2 in c, 5 in c)

class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for ch in self.children:
            yield from ch
    def leaves(self):
        if not self.children:
            yield self.value
        for ch in self.children:
            yield from ch.leaves()

t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), list(t.leaves()), sum(t), max(t))
g = iter(c)
print(type(g).__name__, next(g), next(g))
it = iter(t)
print(next(it), next(it), list(it))

def gen_with_state():
    seen = []
    for x in "abc":
        seen.append(x)
        yield "".join(seen)

print(list(gen_with_state()), list(zip(gen_with_state(), Countdown(5))))
