# Comparisons used as conditions (fused compare-and-jump) keep rich-comparison semantics:
# dunders, NotImplemented fallbacks, non-bool results and their truthiness, errors.
class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v

    def __eq__(self, o):
        return 'truthy string' if self.v == o.v else ''


class NoCmp:
    pass


class Falsy:
    def __bool__(self):
        return False


class Odd:
    def __gt__(self, o):
        return Falsy()


i, n = 0, 5
while i < n:
    i += 1
print(i)
if V(1) < V(2):
    print('less')
if V(3) > V(2):
    print('greater via reflected lt')
if V(1) == V(1):
    print('eq truthy')
if not V(1) == V(2):
    print('eq falsy')
print('yes' if Odd() > 1 else 'no')
for a, b in [(1, 1.0), (2, 3), (2.5, 2), ('a', 'b'), ((1, 2), (1, 3)), ([1], [1]), (True, 1)]:
    r = []
    if a < b: r.append('<')
    if a <= b: r.append('<=')
    if a == b: r.append('==')
    if a != b: r.append('!=')
    if a > b: r.append('>')
    if a >= b: r.append('>=')
    print(a, b, r)
try:
    if NoCmp() < NoCmp():
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    if 1 < 'a':
        pass
except TypeError as e:
    print('TypeError:', e)
x = float('nan')
print('nan' if x != x else 'num', 'lt' if x < 1 else 'not lt')
