# Infinite generators consumed partially, and generators resumed interleaved.
def cycle(seq):
    while True:
        for x in seq:
            yield x

def repeat(x, times=None):
    n = 0
    while times is None or n < times:
        yield x
        n += 1

c = cycle("abc")
print([next(c) for _ in range(7)])
print(list(repeat("z", 3)), [next(repeat(0)) for _ in range(2)])

def interleave(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)

print(list(interleave(iter("abc"), iter([1, 2]), iter("XYZW"))))

def counter(name):
    n = 0
    while True:
        n += 1
        print(f"{name} step {n}")
        yield n

a, b = counter("a"), counter("b")
next(a); next(b); next(a); next(a); next(b)

def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1

print(list(collatz(6)), len(list(collatz(97))), max(collatz(27)))

def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total

print(list(running_sum(range(1, 11))))
