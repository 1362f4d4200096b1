# itertools: every tool, laziness, reprs and error messages
import itertools as it
from itertools import *

print(list(islice(count(), 5)), list(islice(count(2.5, 0.5), 3)), repr(count(3)), repr(count(1, 2)))
c = count(10); next(c); print(c)
print(list(islice(cycle('abc'), 8)), list(cycle([])))
print(list(repeat('x', 3)), list(repeat(1, -2)), repr(repeat(7, 2)), repr(repeat('a')))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(accumulate([1, 2], initial=100)), list(accumulate([], initial=5)), list(accumulate([])))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print(list(starmap(pow, [(2, 5), (3, 2)])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([(k, len(list(g))) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
groups = [(k, g) for k, g in groupby('aabbc')]
print([(k, list(g)) for k, g in groups])   # earlier groups are exhausted once advanced
g = groupby('aaab'); k, grp = next(g); print(k, next(grp)); k2, grp2 = next(g); print(k2, list(grp), list(grp2))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(range(10), 1, 8, 3)), list(islice([], 3)))
src = iter(range(10)); print(list(islice(src, 3)), next(src))
src = iter(range(10)); print(list(islice(src, 2, 4)), next(src))
for bad in [(-1,), (1, -1), ('a',), (0, 5, 0)]:
    try:
        islice(range(3), *bad)
    except ValueError as e:
        print('ValueError:', e)
print(list(pairwise('ABCD')), list(pairwise('A')))
a, b = tee(iter([1, 2, 3])); print(next(a), list(b), list(a))
x, y, z = tee('ab', 3); print(list(x), list(y), list(z), len(tee('a', 0)))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest([1], [])))
print(list(product('ab', range(2))), list(product([0, 1], repeat=2)), list(product()), list(product('ab', [])))
print(list(permutations('ABC', 2)), len(list(permutations(range(4)))), list(permutations('ab', 3)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 0)))
for f in [lambda: combinations('ab', -1), lambda: permutations('ab', -1), lambda: product('a', repeat=-1), lambda: count('a')]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(type(chain()).__name__, type(count()).__name__, type(groupby('')).__name__, iter(c) is c)
print(sum(1 for _ in product(range(4), repeat=3)))
print(next(islice(count(), 3000, None)))
from itertools import islice
for a in [(-1, 2), ('x', 'y'), (-1, -1), (None, None, None), (1, 2, 'x')]:
    try:
        print(list(islice(range(5), *a)))
    except ValueError as e:
        print(e)
