# sys._getframe: the caller's code, line, globals, locals and f_back chain
import sys
def where(depth=1):
    f = sys._getframe(depth)
    return f.f_code.co_name, f.f_lineno, f.f_globals['__name__']
def outer():
    x = 42
    def inner():
        frame = sys._getframe()
        back = frame.f_back
        return frame.f_code.co_name, back.f_code.co_name, back.f_locals['x'], back.f_back.f_code.co_name, where()
    return inner()
print(outer())
print(where(), sys._getframe().f_code.co_name, sys._getframe().f_back, sys._getframe().f_lineno)
top = sys._getframe()
print(top.f_locals is globals(), 'outer' in top.f_globals)
def deep(n):
    if n == 0:
        f, names = sys._getframe(), []
        while f is not None:
            names.append(f.f_code.co_name)
            f = f.f_back
        return names
    return deep(n - 1)
print(deep(3))
try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError:', e)
