# Generators driven by `for` loops: break, exceptions, nesting, re-entrancy,
# and functions with defaults called on the fast path.

def count(n, start=0, step=1):
    i = start
    while i < n:
        yield i
        i += step

total = 0
for x in count(10):
    total += x
print("sum", total)

for x in count(10, 2, 3):
    print("step", x)

# break leaves the generator suspended; it can be resumed later
g = count(5)
for x in g:
    if x == 2:
        break
print("after break", next(g), list(g))

# exception raised inside the generator propagates through the for loop
def boom(n):
    for i in range(n):
        if i == 3:
            raise KeyError(i)
        yield i

try:
    for x in boom(10):
        print("boom", x)
except KeyError as e:
    print("caught", repr(e))

# generator returns a value: the for loop ignores it
def ret():
    yield 1
    return 42

print([x for x in ret()])

# nested generators with yield from inside a for loop
def outer():
    yield from count(3)
    for y in count(6, 4):
        yield y * 10
    r = yield from ret()
    yield r

print(list(outer()))
for v in outer():
    print("outer", v)

# a generator that re-enters itself
def selfish():
    yield 1
    try:
        for _ in me:
            pass
    except ValueError as e:
        print("ValueError:", e)
    yield 2

me = selfish()
for v in me:
    print("selfish", v)

# try/finally inside the generator runs on exhaustion
def guarded():
    try:
        yield "a"
        yield "b"
    finally:
        print("finally ran")

for v in guarded():
    print(v)

# the loop body raising while the generator is suspended
def noisy():
    try:
        yield 1
        yield 2
    finally:
        print("noisy closed")

# (closed explicitly: a tracing collector finalizes it later than CPython)
n = noisy()
try:
    for v in n:
        raise RuntimeError("body")
except RuntimeError as e:
    print("body error", e)
n.close()

# deep recursion through defaults
def depth(n, acc=0, unused=None):
    if n == 0:
        return acc
    return depth(n - 1, acc + n)

print(depth(200))

def mutable_default(x, seen=[]):
    seen.append(x)
    return len(seen)

print([mutable_default(i) for i in range(4)])

class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def moved(self, dx=1, dy=1):
        return Point(self.x + dx, self.y + dy)

p = Point().moved().moved(5).moved(dy=7)
print(p.x, p.y)

try:
    count()
except TypeError as e:
    print(e)
try:
    depth(1, 2, 3, 4)
except TypeError as e:
    print(e)

# a generator expression over a generator
print(sum(x * x for x in count(100) if x % 7 == 0))
