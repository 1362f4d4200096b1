# yield from: delegation, return values, nested flattening, send pass-through.
def inner():
    yield 1
    yield 2
    return "inner result"

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3
    return "outer result"

print(list(outer()))
g = outer()
try:
    while True:
        print("got", next(g))
except StopIteration as e:
    print("outer value:", e.value)

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain("ab", [1, 2], range(3), (x for x in "z"))))

def sub():
    got = yield "ready"
    while got != "stop":
        got = yield f"sub got {got}"
    return "sub done"

def delegator():
    r = yield from sub()
    yield f"delegator saw {r}"

d = delegator()
print(next(d), d.send("x"), d.send("y"), d.send("stop"))

def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield f"node{depth}"
    yield from tree(depth - 1)
    yield from tree(depth - 1)

print(list(tree(2)))
