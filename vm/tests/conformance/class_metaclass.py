# Metaclasses: metaclass=, __prepare__, custom __new__/__init__/__call__, class keywords
# for __init_subclass__, metaclass dunders on classes.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["tag"] = name.lower()
        cls = super().__new__(mcs, name, bases, ns)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw
    def __call__(cls, *a, **k):
        print("creating", cls.__name__)
        return super().__call__(*a, **k)
    def describe(cls):
        return "I am " + cls.__name__
class A(metaclass=Meta):
    def __init__(self, x):
        self.x = x
class B(A, flavor="mint"):
    pass
print(A.tag, B.tag, type(A).__name__, type(B) is Meta, isinstance(A, Meta), isinstance(A, type))
print(A.describe(), B.kw, A.kw)
b = B(5)
print(b.x, type(b).__name__)
class Single(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Single):
    pass
print(S() is S())
class Base:
    def __init_subclass__(cls, /, label=None, **kw):
        super().__init_subclass__(**kw)
        cls.label = label
class C(Base, label="hi"):
    pass
print(C.label)
class Reg(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Reg.registry.append(name)
class R1(metaclass=Reg): pass
class R2(R1): pass
print(Reg.registry)
class P(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name)
        return {"injected": 1}
class Q(metaclass=P):
    pass
print(Q.injected)
M2 = type("M2", (type,), {"hello": lambda cls: "hello " + cls.__name__})
class Z(metaclass=M2): pass
print(Z.hello())
