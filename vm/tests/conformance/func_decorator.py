# Decorators without arguments: wrapping, stacking, counting calls, registries.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper

def trace(fn):
    def wrapper(*args):
        print(f"-> {fn.__name__}{args}")
        result = fn(*args)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    return wrapper

@shout
def hello(name):
    return f"hello {name}"

print(hello("world"), hello.__name__)

@trace
def add(a, b):
    return a + b

add(2, 3)

def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper

@count_calls
def noop(x):
    return x

for i in range(5):
    noop(i)
print("calls:", noop.calls)

@shout
@trace
def stacked(x):
    return f"value {x}"

print(stacked(7))
registry = {}

def register(fn):
    registry[fn.__name__] = fn
    return fn

@register
def alpha():
    return "a"

@register
def beta():
    return "b"

print(sorted(registry), registry["beta"](), alpha is registry["alpha"])

@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

fact(3)
