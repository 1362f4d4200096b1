# Class and exception details: __doc__ is not inherited, staticmethod objects are
# callable, built-in exceptions refuse keyword arguments (except ImportError/
# AttributeError/NameError ones), sys.exit(None), recursive tuple repr.
class A:
    "A doc"
class B(A):
    pass
print(A.__doc__, B.__doc__)
print(callable(staticmethod(len)), callable(classmethod(len)))
for make in [lambda: ValueError(x=1), lambda: KeyError("k", code=3), lambda: ImportError("m", name="mod", path="/p"),
             lambda: AttributeError("a", name="n", obj=5), lambda: NameError("x", name="x"), lambda: ImportError(bad=1)]:
    try:
        e = make()
        print(type(e).__name__, e.args, getattr(e, "name", None))
    except TypeError as err:
        print("TypeError", err)
class E(Exception):
    pass
try:
    E(flag=True)
except TypeError as err:
    print("TypeError", err)
import sys
try:
    sys.exit(None)
except SystemExit as e:
    print(e.args, e.code)
t = ([],)
t[0].append(t)
print(t)
