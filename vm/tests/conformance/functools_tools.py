# functools: reduce, partial, wraps, lru_cache, total_ordering, cmp_to_key, cached_property, singledispatch
import functools
from functools import reduce, partial, wraps, lru_cache, cache, total_ordering, cmp_to_key, cached_property, singledispatch

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 7), reduce(max, [3, 9, 2]))
for args in [(lambda a, b: a, []), (lambda a, b: a, 5)]:
    try:
        reduce(*args)
    except TypeError as e:
        print('TypeError:', e)

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
print(square(7), square(7, mod=5), partial(power, 2)(10), partial(partial(power, 3), 2)(mod=7))
p = partial(power, 2, mod=9)
print(p.func is power, p.args, p.keywords, repr(p).startswith('functools.partial(<function power at'), repr(p).endswith(', 2, mod=9)'))
try:
    partial(3)
except TypeError as e:
    print('TypeError:', e)

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k) * 2
    return inner

@deco
def twice(x):
    """Return x."""
    return x
print(twice(21), twice.__name__, twice.__doc__, twice.__wrapped__.__name__, twice.__qualname__)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())

@lru_cache(maxsize=2)
def sq(x):
    print('computing', x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info(), sq.cache_info().hits, sq.__name__, sq.cache_parameters())

@lru_cache
def ident(x, y=0):
    return (x, y)
print(ident(1), ident(1, y=2), ident(1), ident.cache_info())

@cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(30), fact.cache_info().misses)

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1); print(nocache.cache_info())
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError:', e)

class Memo:
    @lru_cache(maxsize=None)
    def val(self, x):
        return x * 10
m = Memo(); print(m.val(4), m.val(4), Memo.val.cache_info().hits)

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a >= Version(1), Version.__gt__.__name__)

@total_ordering
class Rev:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __ge__(self, other):
        return self.n >= other.n
print(Rev(1) < Rev(2), Rev(3) <= Rev(2), Rev(3) > Rev(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError:', e)

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 1, 4], key=cmp_to_key(cmp)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda x, y: len(y) - len(x))))
K = cmp_to_key(cmp); print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print('computing area')
        return 3 * self.r * self.r
c = Circle(2); print(c.area, c.area, 'area' in c.__dict__, type(Circle.area).__name__)
del c.area; print(c.area)

@singledispatch
def show(x):
    return f'object {x!r}'
@show.register(int)
def _(x):
    return f'int {x}'
@show.register
def _(x: list):
    return f'list of {len(x)}'
print(show(3), show(True), show([1, 2]), show('s'), show(2.5), show.dispatch(bool).__name__)
try:
    show()
except TypeError as e:
    print('TypeError:', e)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
