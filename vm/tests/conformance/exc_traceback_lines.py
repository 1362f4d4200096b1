# Traceback line numbers: decorator calls on their own lines, __exit__ on the with line,
# multi-line calls and displays.
def deco(f):
    raise ValueError("in deco")
try:
    @deco
    def g():
        pass
except ValueError as e:
    import sys
    tb = e.__traceback__
    while tb:
        print(tb.tb_lineno)
        tb = tb.tb_next
def f(a, b):
    return a / b
try:
    x = f(
        1,
        0,
    )
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_lineno)
        tb = tb.tb_next
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise KeyError("exit")
try:
    with CM():
        pass
except KeyError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_lineno)
        tb = tb.tb_next
try:
    d = {
        "a": 1,
        "b": undefined_x,
    }
except NameError as e:
    print(e.__traceback__.tb_lineno)
try:
    r = (1 +
         2 / 0)
except ZeroDivisionError as e:
    print(e.__traceback__.tb_lineno)
try:
    y = [1, 2][
        5]
except IndexError as e:
    print(e.__traceback__.tb_lineno)
try:
    obj = None
    obj.attr.x = (
        3)
except AttributeError as e:
    print(e.__traceback__.tb_lineno)
def ok(f): return f
def bad(f): raise ValueError
import sys
for which in range(2):
    try:
        if which == 0:
            @ok
            @bad
            def g(): pass
        else:
            @bad
            @ok
            class C: pass
    except ValueError as e:
        print(e.__traceback__.tb_lineno)
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise KeyError("exit")
def f():
    with CM():
        return 1
def g():
    for i in range(3):
        with CM():
            break
def h():
    with (
        CM()
    ):
        x = 1
for fn in (f, g, h):
    try:
        fn()
    except KeyError as e:
        print(e.__traceback__.tb_next.tb_lineno)
