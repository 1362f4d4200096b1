# Assorted built-in details: len() through __index__, SystemExit.code, str(object=),
# NameError/AttributeError .name/.obj, float.hex/fromhex, sys.float_info, OSError subclasses.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class L:
    def __len__(self): return 3.0
class L2:
    def __len__(self): return -1
class Ix:
    def __index__(self): return 4
class L3:
    def __len__(self): return Ix()
t(lambda: len(L()))
t(lambda: len(L2()))
t(lambda: len(L3()))
t(lambda: "abc".endswith(5))
t(lambda: "abc".startswith(("a", 5)))
t(lambda: SystemExit(1, 2).code)
t(lambda: SystemExit().code)
t(lambda: SystemExit(3).code)
t(lambda: str(object=5))
class S(str): pass
t(lambda: type(S("ab").upper()).__name__)
t(lambda: type(S("ab") + "c").__name__)
t(lambda: type(S("ab")[0]).__name__)
import sys
try:
    raise ValueError("x")
except ValueError:
    t(lambda: sys.exc_info()[0].__name__)
    t(lambda: type(sys.exc_info()[2]).__name__)
t(lambda: sys.exc_info())
t(lambda: NameError("x").name)
try:
    undefined_name
except NameError as e:
    t(lambda: e.name)
try:
    (1).foo
except AttributeError as e:
    t(lambda: (e.name, e.obj))
t(lambda: float.fromhex("0x1.8p1"))
t(lambda: (1.5).hex())
t(lambda: sys.float_info.max)
t(lambda: sys.float_info.epsilon)
t(lambda: sys.maxsize)
t(lambda: int | str)
t(lambda: isinstance(3, int | str))
t(lambda: FileNotFoundError.__mro__)
t(lambda: issubclass(ConnectionResetError, OSError))
t(lambda: DeprecationWarning.__mro__)
for name in ["BlockingIOError", "BrokenPipeError", "ConnectionResetError", "PermissionError", "TimeoutError", "UnicodeDecodeError", "FutureWarning", "EncodingWarning", "IOError", "EnvironmentError"]:
    c = eval(name)
    print(name, c.__name__, [k.__name__ for k in c.__mro__])
try:
    raise PermissionError("denied")
except OSError as e:
    print(type(e).__name__, e)
print(float.fromhex("-0x1.fffffffffffffp+1023"), (0.1).hex(), float.fromhex("0x1p-1074"), (-2.5).hex())
for s in ["0x1p1024", "zz", "0x1.8p+"]:
    t(lambda: float.fromhex(s))
t(lambda: [n for n in dir(__builtins__) if n in ("function", "NoneType", "generator", "module")])
