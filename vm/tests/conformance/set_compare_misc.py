# Comparison operators between sets and misc behaviours.
a, b = {1, 2}, {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a == b, a != b, a > b)
print({1, 2} < {3, 4}, {1, 2} > {3, 4}, {1, 2} == {3, 4})
print(sorted([{3}, {1, 2}, {1}], key=len))
print(min({4, 2, 6}), max({4, 2, 6}), sum({1, 2, 3}), sorted({3, 1, 2}))
print(len({i % 7 for i in range(1000)}), {i % 3 for i in range(9)})
print(list({5: 0, 3: 0}), {x for x in [0, 1, 2] if x})
s = {0, 1, 2, 3, 4, 5, 6, 7}
for i in (2, 5, 7):
    s.discard(i)
print(s, len(s))
print(set(range(5)) - {0, 4}, set(range(3)) & set(range(2, 5)))
print({1, 2}.__contains__(2), {1}.__len__())
try:
    {1} < [1, 2]
except TypeError as e:
    print(type(e).__name__)
x = {1}
y = x
y |= {2}
print(x is y, x)
y = y | {3}
print(x is y, x, y)
