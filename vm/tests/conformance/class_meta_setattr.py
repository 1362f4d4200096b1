# metaclass __setattr__/__delattr__, type.__setattr__, builtin slots assigned under other names, __hash__ results
class Meta(type):
    def __setattr__(cls, name, value):
        print('meta setattr', name)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print('meta delattr', name)
        type.__delattr__(cls, name)
class C(metaclass=Meta):
    pass
C.x = 1; print(C.x)
type.__setattr__(C, 'y', 2); print(C.y)
del C.x; print(hasattr(C, 'x'))
try:
    type.__setattr__(int, 'z', 1)
except TypeError as e:
    print('TypeError:', e)
class Locked(type):
    def __setattr__(cls, name, value):
        raise AttributeError(f'{cls.__name__} is locked')
class L(metaclass=Locked):
    a = 1
try:
    L.a = 2
except AttributeError as e:
    print('AttributeError:', e, L.a)
class I(int):
    __str__ = int.__repr__
    def __repr__(self):
        return 'I!'
print(str(I(7)), repr(I(7)), f'{I(7)}')
class H:
    def __init__(self, key):
        self.key = key
    def __hash__(self):
        return hash(self.key)
class H2(H):
    pass
print(hash(H2('text')) == hash('text'), hash(H2(2**70)) == hash(2**70), hash(H2(-1)), hash(H(10**20)) == hash(10**20))
