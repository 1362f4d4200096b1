# Iterator classes with __iter__/__next__ and separate iterable/iterator objects.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(3)
print(list(c), list(c))
for x in Countdown(2):
    print("tick", x)

class Range2:
    def __init__(self, start, stop):
        self.start, self.stop = start, stop
    def __iter__(self):
        return Range2Iter(self.start, self.stop)

class Range2Iter:
    def __init__(self, cur, stop):
        self.cur, self.stop = cur, stop
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.stop:
            raise StopIteration
        self.cur += 1
        return self.cur - 1

r = Range2(1, 4)
print(list(r), list(r), sum(r), [a * b for a in r for b in r])
it = iter(r)
print(next(it), next(it), next(it), next(it, "done"))
print(dict(zip(Range2(0, 3), "abc")), max(Range2(5, 9)), sorted(Range2(0, 3), reverse=True))
a, b, c = Range2(7, 10)
print(a, b, c, *Range2(0, 2))

class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        self.a, self.b = 0, 1
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        val = self.a
        self.a, self.b = self.b, self.a + self.b
        return val
print(list(Fib(100)), 89 in Fib(100), 90 in Fib(100))
class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__)
