# Closures capturing variables; independent closure instances.
def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc_a, get_a = make_counter()
inc_b, get_b = make_counter(100, 10)
print(inc_a(), inc_a(), inc_b(), inc_a(), get_a(), get_b())

def make_acc():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add

acc = make_acc()
print(acc(1), acc(2), acc(10))
acc2 = make_acc()
print(acc2(5))

def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner
    return middle()

print(outer()())

def make_adders():
    return [(lambda n: lambda v: v + n)(i) for i in range(3)]

print([f(100) for f in make_adders()])
inc_c, get_c = make_counter(step=-1)
print(inc_c(), inc_c(), get_c(), get_a(), get_b())

def counter_gen():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return bump

bumps = [counter_gen() for _ in range(3)]
print([b() for b in bumps], [b() for b in bumps], bumps[0]())
