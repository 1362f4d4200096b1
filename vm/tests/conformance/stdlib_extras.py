# types.ModuleType/MethodType/MappingProxyType, functools.partialmethod/singledispatchmethod,
# io.StringIO, collections.UserDict/UserList/UserString, os.path.commonpath, operator.index
import types, functools, io, collections, os.path, operator
m = types.ModuleType('plugin', 'doc text'); m.value = 3
print(m, m.__name__, m.__doc__, m.value, isinstance(m, types.ModuleType))
class Greeter:
    name = 'g'
def hello(self, who):
    return f'{self.name} greets {who}'
g = Greeter(); bm = types.MethodType(hello, g); print(bm('you'), bm.__self__ is g, bm.__func__ is hello)
mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp, mp['a'], len(mp), list(mp), 'b' in mp, mp.get('z', 0), dict(mp.items()), mp == {'a': 1, 'b': 2})
try:
    mp['c'] = 3
except TypeError as e:
    print('TypeError:', e)
class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state):
        self._alive = state
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)
c = Cell(); c.set_alive(); print(c._alive); c.set_dead(); print(c._alive)
class Neg:
    @functools.singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError('cannot negate')
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register
    def _(self, arg: bool):
        return not arg
print(Neg().neg(5), Neg().neg(True))
s = io.StringIO()
s.write('hello\n'); print('world', file=s); s.writelines(['a\n', 'b'])
print(repr(s.getvalue()), s.tell())
s.seek(0); print(repr(s.readline()), s.readlines())
s.seek(2); s.write('XY'); print(repr(s.getvalue()))
r = io.StringIO('l1\nl2\nl3'); print([line for line in r], r.read(), r.closed)
with io.StringIO('abc') as t:
    print(t.read(2), t.read())
print(t.closed)
try:
    t.read()
except ValueError as e:
    print('ValueError:', e)
class Defaults(collections.UserDict):
    def __missing__(self, key):
        return key.upper()
d = Defaults({'a': 1}, b=2); print(d, d['a'], d['zz'], len(d), sorted(d), d.get('q', 'none'), isinstance(d, collections.abc.MutableMapping))
ul = collections.UserList([3, 1, 2]); ul.append(0); ul.sort(); print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], len(ul), ul == [0, 1, 2, 3])
us = collections.UserString('Hello'); print(us.upper(), type(us.upper()).__name__, us + '!', us[1:3], len(us), 'ell' in us, us.split('l'))
print(os.path.commonpath(['/usr/lib/x', '/usr/local/y']), os.path.commonprefix(['interstate', 'interior']), os.path.commonpath(['a/b', 'a/c']))
for bad in [lambda: operator.index(1.5), lambda: os.path.commonpath([])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
