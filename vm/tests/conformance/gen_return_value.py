# Generator return values surface as StopIteration.value.
def gen():
    yield 1
    return 42

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e.value, e.args)

def no_return():
    yield "x"

g = no_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value is", e.value)

def returns_tuple():
    yield
    return (1, "two")

g = returns_tuple()
next(g)
try:
    g.send(None)
except StopIteration as e:
    print(e.value)

def collect(limit):
    items = []
    while len(items) < limit:
        x = yield
        items.append(x)
    return items

c = collect(3)
next(c)
c.send("a")
c.send("b")
try:
    c.send("c")
except StopIteration as e:
    print("collected", e.value)

def wrapper():
    result = yield from collect(2)
    return f"wrapped {result}"

w = wrapper()
next(w)
w.send(1)
try:
    w.send(2)
except StopIteration as e:
    print(e.value)

it = iter([1, 2])
next(it)
next(it)
try:
    next(it)
except StopIteration as e:
    print("list iterator", e.value, e.args)
