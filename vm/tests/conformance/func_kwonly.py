# Keyword-only arguments and positional-only parameters.
def connect(host, *, port=80, secure=False):
    return f"{'https' if secure else 'http'}://{host}:{port}"
print(connect("a.org"), connect("b.org", port=8080), connect("c.org", secure=True, port=443))
try:
    connect("a.org", 8080)
except TypeError as e:
    print(type(e).__name__)
def required_kw(*, name, value):
    return {name: value}
print(required_kw(name="k", value=1), required_kw(value=2, name="j"))
try:
    required_kw(name="k")
except TypeError as e:
    print(type(e).__name__)
def mixed(a, b=2, *args, flag, other=None, **kw):
    return a, b, args, flag, other, kw
print(mixed(1, flag=True))
print(mixed(1, 3, 5, 7, flag=False, other="o", extra="x"))
def both(x, y, *, z):
    return x + y + z
print(both(1, 2, z=3), both(1, y=2, z=3), both(z=1, y=2, x=3))
try:
    both(1, 2, 3)
except TypeError as e:
    print(type(e).__name__)
def star_then_kw(*items, sep=", "):
    return sep.join(items)
print(star_then_kw("a", "b"), star_then_kw("a", "b", sep="/"), repr(star_then_kw()))
opts = {"port": 1, "secure": True}
print(connect("d.org", **opts))
print(connect(host="e.org"), required_kw(**{"name": "n", "value": None}))
