# Function annotations: __annotations__ from the signature, evaluated at def time.
def f(a: 1, /, b: 2, *c: 3, d: 4, **e: 5) -> 6: pass
print(f.__annotations__)
print(f.__annotations__ is f.__annotations__)
f.__annotations__ = None; print(f.__annotations__)
try:
    f.__annotations__ = 5
except TypeError as e: print(e)
g = lambda x: x
print(g.__annotations__)
def h(x, y=3, *, z: 'str' = 'q') -> None: pass
print(h.__annotations__, h(1))
class K:
    def m(self, __p: int, q: 'K') -> 'K': return self
    async def am(self) -> int: return 1
print(K.m.__annotations__, K.am.__annotations__, K().m(1, 2).__class__.__name__)
def deco(fn):
    print('decorating', fn.__annotations__)
    return fn
@deco
def d2(v: list) -> dict: pass
print(d2.__annotations__)
try:
    def bad(x: undefined_name): pass
except NameError as e:
    print('NameError:', e)
def plain(): pass
print(plain.__annotations__, 'x' in vars(plain))
