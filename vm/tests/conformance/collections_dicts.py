# collections.defaultdict, OrderedDict and ChainMap
from collections import defaultdict, OrderedDict, ChainMap

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['zz'], len(dd), dd.get('nope'), 'nope' in dd, dd.default_factory)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts), sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int)); nested['x']['y'] += 2; print(nested['x']['y'], len(nested))
plain = defaultdict(); 
try:
    plain['k']
except KeyError as e:
    print('KeyError:', e)
c = dd.copy(); c['new'].append(0); print(type(c).__name__, 'new' in dd, c.default_factory is list)
print(defaultdict(int, {'a': 1}) | {'b': 2}, isinstance(dd, dict), defaultdict(str, a='x'))
r = defaultdict(list); r['self'].append(r); print(r)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError:', e)

od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od.update(x=1, y=2, z=3); od.move_to_end('x'); print(list(od)); od.move_to_end('z', last=False); print(list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1}, OrderedDict() , repr(OrderedDict([(1, 2)])))
print(OrderedDict.fromkeys('abc', 0), type(od.copy()).__name__, list(reversed(OrderedDict.fromkeys('xyz'))))
for f in [lambda: OrderedDict().popitem(), lambda: od.move_to_end('missing')]:
    try:
        f()
    except KeyError as e:
        print('KeyError:', e)
lru = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))

defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cm = ChainMap(env, defaults)
print(cm['user'], cm['color'], len(cm), sorted(cm), list(cm), 'color' in cm, cm.get('x', 0))
cm['color'] = 'blue'; print(env, defaults, cm.maps)
child = cm.new_child({'user': 'root'}); print(child['user'], child.parents['user'], len(child.maps), child)
print(dict(cm), list(cm.items()), ChainMap(), bool(ChainMap({})), ChainMap({1: 2}) == ChainMap({1: 2}))
del cm['color']; print(env)
for f in [lambda: cm.__delitem__('color'), lambda: ChainMap({}).popitem(), lambda: cm['nope']]:
    try:
        f()
    except KeyError as e:
        print('KeyError:', e)
