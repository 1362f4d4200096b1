# staticmethod: called on class and instance, used as helpers and factories.
class MathUtil:
    @staticmethod
    def clamp(x, lo, hi):
        return max(lo, min(hi, x))
    @staticmethod
    def is_prime(n):
        if n < 2:
            return False
        return all(n % d for d in range(2, int(n ** 0.5) + 1))
    def clamp_all(self, xs):
        return [self.clamp(x, 0, 10) for x in xs]

print(MathUtil.clamp(15, 0, 10), MathUtil().clamp(-3, 0, 10))
print([n for n in range(30) if MathUtil.is_prime(n)])
print(MathUtil().clamp_all([-5, 5, 50]))
f = MathUtil.clamp
print(f(5, 6, 7), type(f).__name__)

class Temperature:
    def __init__(self, c):
        self.c = c
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    def as_f(self):
        return Temperature.c_to_f(self.c)
print(Temperature(100).as_f(), Temperature.c_to_f(-40))

class Registry:
    _items = []
    @staticmethod
    def register(x):
        Registry._items.append(x)
        return len(Registry._items)
print(Registry.register("a"), Registry().register("b"), Registry._items)

class Sub(MathUtil):
    @staticmethod
    def clamp(x, lo, hi):
        return "overridden"
print(Sub().clamp_all([1]), Sub.is_prime(7))
def helper(x):
    return x + 1
class Holder:
    h = staticmethod(helper)
print(Holder.h(1), Holder().h(2))
