# Conditions `x is None`, `x is not None`, `None is x` and `not x` in if/elif/while and
# conditional expressions (compiled to fused jumps) keep Python's semantics.
class Weird:
    def __eq__(self, other):
        return True

    def __bool__(self):
        print('bool called')
        return False


class Boom:
    def __bool__(self):
        raise ValueError('no truth value')


for v in [None, 0, '', Weird(), [], False]:
    r = []
    if v is None:
        r.append('is None')
    elif v is not None:
        r.append('is not None')
    if None is v:
        r.append('None is v')
    if not v:
        r.append('falsy')
    r.append('yes' if v is not None else 'no')
    r.append('t' if not v else 'f')
    print(type(v).__name__, r)

node = {'next': {'next': {'next': None}}}
n = 0
while node is not None:
    node = node['next']
    n += 1
print('walked', n)
k = 3
while not k == 0:
    k -= 1
print('k', k)
try:
    if not Boom():
        pass
except ValueError as e:
    print('ValueError:', e)
x = None
print(x is None is True, (x is None) is True, not x is None)
