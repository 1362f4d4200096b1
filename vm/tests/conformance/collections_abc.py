# collections.abc: structural checks, registered built-ins and mixin methods
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable, Collection, Sequence,
                             MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator, Reversible)
import collections.abc
import collections
for obj in [[1], (1,), 'ab', {1: 2}, {1}, frozenset(), range(3), iter([]), (x for x in []), len, 5, None, 2.5]:
    print(type(obj).__name__, [abc.__name__ for abc in (Iterable, Iterator, Sized, Container, Hashable, Callable,
          Collection, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator, Reversible) if isinstance(obj, abc)])
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(isinstance(Countdown(3), Iterator), issubclass(Countdown, Iterable), list(Countdown(3)))
class Registry(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
r = Registry(); r['a'] = 1; r.update(b=2, c=3); r.setdefault('d', 4)
print(len(r), 'a' in r, r.get('z', 0), sorted(r.keys()), sorted(r.items()), sorted(r.values()), r.pop('a'), r == {'b': 2, 'c': 3, 'd': 4})
print(isinstance(r, Mapping), isinstance(r, dict), repr(r.keys()).startswith('KeysView('))
class Seq(Sequence):
    def __init__(self, *items):
        self._items = items
    def __getitem__(self, i):
        return self._items[i]
    def __len__(self):
        return len(self._items)
s = Seq(3, 1, 3)
print(list(s), 3 in s, list(reversed(s)), s.index(1), s.count(3), isinstance(s, Reversible))
try:
    Sequence()
except TypeError as e:
    print('TypeError:', e)
class Incomplete(Mapping):
    def __getitem__(self, k):
        return k
try:
    Incomplete()
except TypeError as e:
    print('TypeError:', e)
class Unhashable:
    __hash__ = None
print(isinstance(Unhashable(), Hashable), collections.abc.Sized is Sized, Iterable.__module__)
