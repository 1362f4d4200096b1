# __length_hint__ of the built-in iterators over sized containers
from operator import length_hint
for make in [lambda: iter([1, 2, 3]), lambda: iter((1, 2)), lambda: iter('héllo'), lambda: iter('ascii'), lambda: iter(range(10)),
             lambda: iter(range(10, 0, -3)), lambda: iter(range(5, 5)), lambda: reversed([1, 2, 3, 4]),
             lambda: iter({'a': 1, 'b': 2}), lambda: iter({'a': 1}.values()), lambda: iter({'a': 1}.items())]:
    it = make()
    hints = [it.__length_hint__()]
    for _ in it:
        hints.append(it.__length_hint__())
    print(type(it).__name__, hints, length_hint(make()))
lst = [1, 2, 3]
it = iter(lst); next(it); lst.append(4); print(it.__length_hint__()); lst.clear(); print(it.__length_hint__())
r = reversed(lst); print(r.__length_hint__())
print(length_hint(iter(range(3)), 99), length_hint(x for x in 'ab'), length_hint(map(str, [1]), 7))
print(hasattr(iter(range(2)), '__length_hint__'), hasattr(zip(), '__length_hint__'))
