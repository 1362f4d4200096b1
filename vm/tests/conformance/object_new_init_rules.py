# object.__new__/__init__ argument rules, exception __cause__/__context__/__traceback__
# type checks, and list.sort detecting a mutation even when the list ends up empty.
class A:
    pass
for f in (lambda: A(1), lambda: object.__new__(A, 1), lambda: object(1), lambda: A(x=1)):
    try:
        f()
        print('ok')
    except TypeError as e:
        print('TypeError:', e)
class B:
    def __init__(self, v): self.v = v
print(object.__new__(B, 1).__class__.__name__)
class C:
    def __new__(cls, *a):
        return object.__new__(cls)
print(C(1, 2).__class__.__name__)
class D:
    def __new__(cls, *a):
        return object.__new__(cls, *a)
try:
    D(1)
except TypeError as e:
    print('TypeError:', e)
class E:
    def __init__(self, *a): pass
print(object.__new__(E, 1, 2).__class__.__name__)
try:
    object.__init__(A(), 1)
except TypeError as e:
    print('TypeError:', e)
try:
    object.__new__(int)
except TypeError as e:
    print('TypeError:', e)
e = Exception()
print(e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
for attr, val in [('__cause__', 5), ('__context__', 'x'), ('__traceback__', 1), ('__cause__', ValueError), ('__cause__', None), ('__context__', KeyError('k'))]:
    try:
        setattr(e, attr, val)
        print(attr, 'ok', getattr(e, attr).__class__.__name__)
    except TypeError as err:
        print(attr, 'TypeError:', err)
try:
    raise ValueError('v')
except ValueError as v:
    e.__traceback__ = v.__traceback__
    print(type(v.__traceback__).__name__, e.__suppress_context__)
e.__traceback__ = None
x = [3, 1, 2]
class K:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        x.append(0); x.clear()
        return s.v < o.v
try:
    x.sort(key=K)
except ValueError as err:
    print('ValueError', err)
print(x)
y = [3, 1, 2]
def key(v):
    y.clear()
    return v
y.sort(key=key)
print(y)
