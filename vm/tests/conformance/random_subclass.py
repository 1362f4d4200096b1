# random: subclasses that supply random() or getrandbits(), version-1 str seeds, non-integer ranges
import random
class OnlyRandom(random.Random):
    def random(self):
        return super().random()
class OnlyBits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k)
class Plain(random.Random):
    pass
for cls in [OnlyRandom, OnlyBits, Plain, random.Random]:
    r = cls(9)
    print(cls.__name__, r.randrange(100), r.choice('abcdefgh'), r.randint(1, 6), r.sample(range(50), 3))
random.seed('hello', version=1); print(random.random())
random.seed('', version=1); print(random.random())
print(random.Random(5).randrange(10.0) == random.Random(5).randrange(10))
for bad in [lambda: random.randint(1, 2.5), lambda: random.randrange(0.5), lambda: random.randrange(1, 5, 1.5)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
