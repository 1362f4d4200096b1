# Common TypeErrors raised when calling functions with the wrong arguments.
def f(a, b):
    return a + b
def g(x, *, key):
    return x
five, text, nothing = 5, "s", None
cases = [
    ("missing", lambda: f(1)),
    ("too many", lambda: f(1, 2, 3)),
    ("unexpected kw", lambda: f(1, 2, z=3)),
    ("dup value", lambda: f(1, a=2)),
    ("missing kwonly", lambda: g(1)),
    ("not callable int", lambda: five()),
    ("not callable str", lambda: text()),
    ("not subscriptable", lambda: five[0]),
    ("len of int", lambda: len(5)),
    ("none call", lambda: nothing()),
]
for label, fn in cases:
    try:
        fn()
    except TypeError as e:
        print(label, "->", type(e).__name__)
for fn in (lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, 2, z=3)):
    try:
        fn()
    except TypeError as e:
        print(e)
x = 5
try:
    x()
except TypeError as e:
    print(e)
try:
    x[0]
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
def h():
    return "ok"
print(h(), f(*["a", "b"]), f(b=1, a=2))
