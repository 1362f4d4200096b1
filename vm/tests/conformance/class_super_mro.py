# Multiple inheritance, C3 MRO and cooperative super() calls.
class A:
    def who(self):
        return ["A"]
    def hello(self):
        return "hello from A"
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
    def hello(self):
        return "hello from C"
class D(B, C):
    def who(self):
        return ["D"] + super().who()

print([k.__name__ for k in D.__mro__])
print(D().who(), D().hello())

class Base:
    def __init__(self, **kw):
        print("Base init, leftover", kw)
class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left init", left)
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right init", right)
        super().__init__(**kw)
class Both(Left, Right):
    def __init__(self, **kw):
        print("Both init")
        super().__init__(**kw)

Both(left=1, right=2, extra=3)
print([k.__name__ for k in Both.__mro__])

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
print([k.__name__ for k in Z.__mro__], [k.__name__ for k in W.__mro__])
try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print(type(e).__name__)

class Explicit(B, C):
    def who(self):
        return ["Explicit"] + super(B, self).who()
print(Explicit().who())
print(issubclass(D, C), isinstance(D(), B), D.__bases__ == (B, C))
