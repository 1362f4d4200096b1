# StopIteration semantics: iterator exhaustion, next() default, inside generators.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
print(next(it, "default"), next(iter([]), None))
def gen():
    yield 1
    raise StopIteration("inside generator")
g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
def manual_iter(items):
    i = iter(items)
    out = []
    while True:
        try:
            out.append(next(i))
        except StopIteration:
            break
    return out
print(manual_iter("abc"))
class Limited:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("done")
        self.n -= 1
        return self.n
print(list(Limited(3)), [x for x in Limited(2)], sum(Limited(5)))
try:
    raise StopIteration(99)
except StopIteration as e:
    print(e.value)
def gen_returning():
    return "early"
    yield
try:
    next(gen_returning())
except StopIteration as e:
    print("value:", e.value)
