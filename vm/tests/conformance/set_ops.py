# Set algebra with operators and their in-place forms.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(sorted(a | b | {7}), a & b & {4}, a - b - {1})
c = set(a)
c |= {0}
print(c)
c &= {0, 1, 2, 9}
print(c)
c -= {1}
print(c)
c ^= {2, 3}
print(c)
print(a <= a, a < a, {1, 2} < a, a >= {1}, a > {1, 2, 3, 4}, {5} <= a)
print(a.isdisjoint({7, 8}), a.isdisjoint(b), set().isdisjoint(set()))
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted(evens ^ threes), len(evens | threes))
try:
    a | [7]
except TypeError as e:
    print(type(e).__name__)
print(a.union([7]) == a | {7}, sorted(a.union([9], (10,), "x" and [11])))
print({1, 2} | frozenset({3}), frozenset({3}) | {1, 2})
print(type({1} | frozenset()).__name__, type(frozenset() | {1}).__name__)

# Symmetric difference iterates in CPython's order (a copy of the right operand, updated).
a = set(range(0, 64, 8)); b = set(range(0, 64, 12))
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.symmetric_difference(b), frozenset(a) ^ b, a ^ frozenset(b))
c = set(a); c ^= b; print(c)
d = set(range(100, 0, -7)); e = set(range(0, 200, 9))
print(d ^ e)
print(list({'x', 'y'} ^ {'y', 'z'}) == list({'x', 'y'} ^ {'y', 'z'}))
