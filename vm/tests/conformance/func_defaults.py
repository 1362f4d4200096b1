# Default argument values: evaluation time, mutable defaults, overriding.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), snapshot(5))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))
def power(base, exp=2):
    return base ** exp
print(power(3), power(2, 10), power(exp=3, base=2))
print(power.__defaults__, greet.__defaults__, append_safe.__defaults__)
def make(n, cache={}):
    if n not in cache:
        cache[n] = n * n
        print("computed", n)
    return cache[n]
print(make(3), make(3), make(4), len(make.__defaults__[0]))
def f(a, b=1, *args, c=2, d, **kw):
    return a, b, args, c, d, kw
print(f(0, d=4), f(0, 9, 8, 7, d=4, c=3, e=5))
