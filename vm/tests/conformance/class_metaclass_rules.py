# Metaclass selection and conflicts, type.__new__/__init__/__call__ errors, instance and
# subclass check hooks.
try:
    class A(flavor=1): pass
except TypeError as e: print(e)
class M(type): pass
class B(metaclass=M): pass
class C(B, metaclass=type): pass
print(type(C))
class N(type): pass
try:
    class D(B, metaclass=N): pass
except TypeError as e: print(e)
try: type.__init__(int, 1, 2)
except TypeError as e: print(e)
try: type.__new__(int, 'x', (), {})
except TypeError as e: print(e)
try:
    class E(metaclass=M, x=1): pass
except TypeError as e: print(e)
def fm(name, bases, ns, **kw): return (name, sorted(ns), kw)
class F(metaclass=fm, q=2):
    a = 1
print(F)
print(type.__call__(int, "5"))
X = M("X", (), {"v": 3})
print(type(X).__name__, X.v, X.__name__, isinstance(X(), X))
class Counted(type):
    count = 0
    def __new__(mcs, name, bases, ns):
        mcs.count += 1
        return type.__new__(mcs, name, bases, ns)
class G(metaclass=Counted): pass
class H(G): pass
print(Counted.count, type(H).__name__)
class WithRepr(type):
    def __repr__(cls): return "<WR " + cls.__name__ + ">"
    def __len__(cls): return 7
    def __getitem__(cls, k): return (cls.__name__, k)
    def __iter__(cls): return iter([1, 2])
class J(metaclass=WithRepr): pass
print(J, repr(J), len(J), J[5], list(J), str(J))
class AB(type):
    def __instancecheck__(cls, inst): return True
class K(metaclass=AB): pass
print(isinstance(3, K))
class Sub(K):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Sub2(Sub, tag=1): pass
print(type(Sub2).__name__)
class SC(type):
    def __subclasscheck__(cls, sub): return sub is int
class L(metaclass=SC): pass
print(issubclass(int, L), issubclass(str, L), isinstance(3, L), isinstance(3, (str, K)))
