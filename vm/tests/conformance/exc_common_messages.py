# The most common built-in error messages, which a VM is expected to reproduce.
class Foo:
    pass
def f(a, b):
    return a
def attempt(fn):
    try:
        fn()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
def attempt_type(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__)
n = 5
attempt(lambda: 1 / 0)
attempt(lambda: 1 // 0)
attempt_type(lambda: 1 % 0)
attempt(lambda: [1, 2][5])
attempt(lambda: {"a": 1}["x"])
attempt(lambda: 1 + "a")
attempt(lambda: "a" + 1)
attempt(lambda: foo_undefined)
attempt(lambda: Foo().bar)
attempt(lambda: int("abc"))
attempt(lambda: [].pop())
attempt(lambda: n[0])
attempt(lambda: n())
attempt(lambda: f(1))
attempt(lambda: f(1, 2, 3))
attempt(lambda: f(1, 2, z=3))
def unpack3():
    a, b, c = [1, 2]
def unpack2():
    a, b = [1, 2, 3]
attempt(unpack3)
attempt(unpack2)
attempt(lambda: float("abc"))
attempt(lambda: (1, 2)[3])
attempt(lambda: "abc"[10])
attempt_type(lambda: [1] * "a")
attempt_type(lambda: 2 ** "x")
attempt_type(lambda: -"s")
attempt_type(lambda: 1.0 / 0)
