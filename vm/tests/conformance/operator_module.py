# operator: functional forms of the operators, itemgetter/attrgetter/methodcaller
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 2), operator.truediv(7, 2), operator.floordiv(-7, 2))
print(operator.mod(-7, 3), operator.pow(2, 10), operator.neg(4), operator.pos(-4), operator.abs(-3), operator.inv(5), operator.invert(0))
print(operator.lshift(1, 8), operator.rshift(256, 4), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_([]), operator.truth('x'), operator.is_(None, None), operator.is_not(1, None))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1, 1], 1), operator.indexOf('abc', 'c'), operator.concat([1], [2]))
print(operator.index(7), operator.getitem({'a': 1}, 'a'), operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(4)), 9), operator.length_hint(5, 2))
d = {}; operator.setitem(d, 'k', 1); print(d); operator.delitem(d, 'k'); print(d)
lst = [1]; r = operator.iadd(lst, [2]); print(r is lst, lst, operator.iadd(1, 2), operator.imul('a', 3), operator.ior({1}, {2}))
print(operator.call(max, 3, 9), operator.__add__(1, 1), operator.__getitem__('xyz', 1))
for f, a in [(operator.indexOf, ([1], 5)), (operator.concat, (1, 2)), (operator.add, (1, 'a'))]:
    try:
        f(*a)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)

rows = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z')]
print(sorted(rows, key=itemgetter(1)), itemgetter(0, 2)(rows[0]), itemgetter(slice(1, None))('hello'))
print(repr(itemgetter(1)), repr(itemgetter('a', 'b')))

class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, greeting, punct='!'):
        return f'{greeting}, {self.name}{punct}'
p = P('ann', P('bob'))
print(attrgetter('name')(p), attrgetter('name', 'inner.name')(p), repr(attrgetter('a', 'b.c')))
print(methodcaller('greet', 'hi')(p), methodcaller('greet', 'yo', punct='?')(p), repr(methodcaller('greet', 'hi', punct='.')))
print(list(map(methodcaller('upper'), ['a', 'b'])), list(map(operator.mul, [1, 2], [3, 4])))
try:
    attrgetter('missing')(p)
except AttributeError as e:
    print('AttributeError:', e)
try:
    attrgetter(1)
except TypeError as e:
    print('TypeError:', e)
