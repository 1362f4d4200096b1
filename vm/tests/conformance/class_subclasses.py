# type.__subclasses__: direct subclasses in creation order
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
def names(cls):
    return [c.__name__ for c in cls.__subclasses__()]
print(names(A), names(B), names(C), names(D))
def all_subclasses(cls):
    out = []
    for sub in cls.__subclasses__():
        out.append(sub.__name__)
        out.extend(all_subclasses(sub))
    return out
print(all_subclasses(A))
class Plugin:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
class P1(Plugin): pass
class P2(Plugin): pass
class P3(P1): pass
print(names(Plugin), names(P1), type.__subclasses__(P2))
print([c.__name__ for c in bool.__subclasses__()], 'bool' in names(int), names(KeyError), 'ModuleNotFoundError' in names(ImportError))
Dyn = type('Dyn', (A,), {})
print(names(A))
