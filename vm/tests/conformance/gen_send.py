# send() into generators: running averages and coroutine-style accumulators.
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(60))

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received

e = echo()
print(e.send(None), e.send("a"), e.send("b"))
print(e.send(None))

g = averager()
try:
    g.send(5)
except TypeError as err:
    print(type(err).__name__)

def accumulate():
    total = 0
    while True:
        delta = yield total
        if delta is not None:
            total += delta

acc = accumulate()
next(acc)
for d in (5, -2, 10):
    print("total", acc.send(d))
print(next(acc), next(acc))

def stepper():
    step = 1
    n = 0
    while n < 30:
        new = yield n
        if new is not None:
            step = new
        n += step

s = stepper()
out = [next(s), next(s), s.send(10), next(s), s.send(3), next(s)]
print(out)
