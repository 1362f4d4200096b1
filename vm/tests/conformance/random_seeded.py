# random: seeded sequences identical to CPython's Mersenne Twister and algorithms
import random

random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)], random.randrange(100), random.randrange(5, 500, 7), random.randrange(10, 0, -3))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100), random.getrandbits(0))
xs = list(range(20)); random.shuffle(xs); print(xs)
print(random.choice('abcdefg'), random.choice([10, 20, 30]), random.sample(range(100), 5), random.sample(range(10**6), 4))
print(random.sample(['a', 'b', 'c', 'd'], 4), random.sample('xyz', 2, counts=[1, 2, 3]))
print(random.choices('abc', k=5), random.choices('abc', weights=[5, 1, 1], k=5), random.choices(range(4), cum_weights=[1, 2, 3, 10], k=4))
print(round(random.uniform(1, 2), 12), round(random.triangular(0, 10, 2), 12), round(random.gauss(0, 1), 12), round(random.gauss(5, 2), 12))
print(round(random.normalvariate(), 12), round(random.expovariate(2.0), 12), round(random.lognormvariate(0, 0.5), 12))
print(round(random.gammavariate(2.5, 1.0), 12), round(random.gammavariate(0.5, 2.0), 12), round(random.gammavariate(1.0, 3.0), 12), round(random.betavariate(2, 3), 12))
print(round(random.paretovariate(3), 12), round(random.weibullvariate(1, 2), 12), round(random.vonmisesvariate(1, 4), 12))
for s in [0, 1, -1, 2**32, 2**100 + 7, 'hello', '', 'héllo wörld', 3.5, -0.0]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(64))
r1, r2 = random.Random(42), random.Random(42)
print([r1.randint(0, 99) for _ in range(5)] == [r2.randint(0, 99) for _ in range(5)], r1.random())
st = r1.getstate(); a = [r1.random() for _ in range(3)]; r1.setstate(st); print(a == [r1.random() for _ in range(3)], len(st[1]), st[0])
class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)
print([Dice(7).roll() for _ in range(3)], Dice(8).roll())
for f in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
          lambda: random.sample(range(3), 5), lambda: random.sample({1, 2}, 1), lambda: random.getrandbits(-1), lambda: random.seed([1]),
          lambda: random.choices('ab', [1, 2, 3]), lambda: random.gammavariate(0, 1)]:
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
random.seed()
print(0 <= random.random() < 1, len({random.random() for _ in range(100)}))
