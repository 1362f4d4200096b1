# collections.deque: both ends, maxlen, rotation, indexing, comparisons and errors
from collections import deque

d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft([9, 8]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(0); d.rotate(17); print(d)
d.reverse(); print(d, list(reversed(d)))
print(d.count('a'), d.index('b'), 'a' in d, 7 in d, d.index(1, 2))
d.remove('a'); d.insert(1, 'X'); del d[0]; d[0] = 'Y'; print(d)
q = deque(maxlen=3)
for i in range(6):
    q.append(i)
print(q, q.maxlen)
q.appendleft(-1); print(q); q.extend([10, 11]); print(q); q.extendleft('xy'); print(q)
print(deque(range(4), maxlen=0), deque('abc', 2), deque(maxlen=2) == deque(), bool(deque()))
# alternate ends many times: stays a queue
w = deque()
out = []
for i in range(1000):
    w.append(i)
    if i % 3 == 0:
        out.append(w.popleft())
    if i % 7 == 0 and w:
        out.append(w.pop())
print(len(w), sum(out), w[0], w[-1], w[len(w) // 2], out[:8])
e = deque(range(10)); print([e.popleft() if i % 2 else e.pop() for i in range(10)])
c = d.copy(); c.append('Z'); print(d, c, d == c, d != c)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([0]), deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]))
acc = deque([1]); acc += [2, 3]; acc *= 2; print(acc)
sq = deque(); sq.extend(sq); sq.append(sq); print(sq)
class Sub(deque):
    pass
print(Sub('ab'), Sub('ab', 5), isinstance(Sub(), deque), deque[int])
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1])['x'],
            lambda: deque([1]).index(2), lambda: deque([1]).remove(2), lambda: deque(maxlen=-1),
            lambda: deque([1], 1).insert(0, 0), lambda: deque() + [1]]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as ex:
        print(type(ex).__name__ + ':', ex)
it_d = deque([1, 2, 3])
try:
    for x in it_d:
        it_d.append(x)
except RuntimeError as ex:
    print('RuntimeError:', ex)
