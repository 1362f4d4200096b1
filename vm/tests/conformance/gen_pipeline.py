# Generator pipelines: composing lazy stages.
def read_lines():
    data = """# comment
alpha 3
beta 7

gamma 12
# another
delta 1"""
    for line in data.split("\n"):
        yield line

def non_blank(lines):
    for l in lines:
        if l.strip() and not l.startswith("#"):
            yield l

def parse(lines):
    for l in lines:
        name, val = l.split()
        yield name, int(val)

def threshold(pairs, t):
    return ((n, v) for n, v in pairs if v >= t)

print(list(threshold(parse(non_blank(read_lines())), 3)))

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def naturals():
    n = 1
    while True:
        yield n
        n += 1

def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

print(list(take(15, primes())))
squares = (n * n for n in naturals())
print(list(take(5, (s for s in squares if s % 2))))

def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)

print(list(window(range(6), 3)))
print(sum(a * b for a, b in window(take(10, naturals()), 2)))
