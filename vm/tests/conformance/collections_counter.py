# collections.Counter: counting, most_common, multiset arithmetic and comparisons
from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['z'], len(c), c.total())
print(c.most_common(2), c.most_common(), c.most_common(0), sorted(c.elements()))
c.update('aaz'); c.update({'b': 10}); c.update(q=2); print(c)
c.subtract('ab'); c.subtract({'z': 5}); print(c)
del c['nope']; del c['q']; print(c, 'q' in c)
print(Counter(), Counter(a=3, b=-1), Counter({'x': 2, 'y': 0}), repr(Counter(cats=4, dogs=8)))
a, b = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=4)
print(a + b, a - b, b - a, a | b, a & b, +Counter(a=2, b=-2, c=0), -Counter(a=2, b=-2))
x = Counter(a=1); x += Counter(a=2, b=-1); print(x)
x -= Counter(a=5); print(x)
y = Counter(a=1, b=5); y |= Counter(a=4, c=2); print(y); y &= Counter(a=2, c=9); print(y)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2), Counter(a=3) > Counter(a=2, b=0))
print(Counter(a=1) == {'a': 1}, type(Counter(a=1).copy()).__name__, isinstance(Counter(), dict))
words = 'the quick brown fox jumps over the lazy dog the end'.split()
print(Counter(words).most_common(3), Counter(len(w) for w in words))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError:', e)
class Tally(Counter):
    pass
print(Tally('aab'), Tally('ab') + Tally('b'))
