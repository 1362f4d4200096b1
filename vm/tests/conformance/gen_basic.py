# Generator functions: yield, laziness, state between yields, exhaustion.
def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("end")

g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g), next(g, "exhausted"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])

def evens(seq):
    for x in seq:
        if x % 2 == 0:
            yield x

print(list(evens(range(10))), sum(evens([1, 2, 3, 4])))

def pairs(s):
    for i in range(len(s) - 1):
        yield s[i], s[i + 1]

print(list(pairs("abcd")), dict(pairs("wxyz")))

def empty():
    return
    yield

print(list(empty()), next(empty(), "none"))
gen_a, gen_b = count_up(1), count_up(1)
print(next(gen_a), next(gen_b), iter(gen_a) is gen_a)
