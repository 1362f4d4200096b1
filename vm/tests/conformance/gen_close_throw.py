# close() and throw(): GeneratorExit, finally blocks, handled throws.
def worker():
    try:
        i = 0
        while True:
            yield i
            i += 1
    except GeneratorExit:
        print("worker: GeneratorExit")
        raise
    finally:
        print("worker: cleanup")

w = worker()
print(next(w), next(w))
w.close()
print("closed; next ->", next(w, "exhausted"))
w.close()

def resilient():
    while True:
        try:
            yield "normal"
        except ValueError as e:
            print("caught", e)
            yield "recovered"

r = resilient()
print(next(r))
print(r.throw(ValueError("bad value")))
print(next(r))

def fragile():
    yield 1
    yield 2

f = fragile()
next(f)
try:
    f.throw(KeyError("k"))
except KeyError as e:
    print("propagated", type(e).__name__, e)
print(next(f, "dead"))

unstarted = fragile()
unstarted.close()
print(next(unstarted, "closed before start"))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__)
print(next(s, "finished"))

def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("finally in generator")

print(list(with_finally()))
g = with_finally()
print(next(g))
g.close()
print("after close")
g.close()
