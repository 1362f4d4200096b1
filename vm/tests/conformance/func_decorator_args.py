# Decorators taking arguments (decorator factories) and class-based decorators.
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def roll(x):
    return x * 2

print(roll(5))

def tag(name, **attrs):
    def deco(fn):
        def wrapper(*a, **k):
            extra = "".join(f' {k}="{v}"' for k, v in attrs.items())
            return f"<{name}{extra}>{fn(*a, **k)}</{name}>"
        return wrapper
    return deco

@tag("b")
@tag("a", href="/x", id="l1")
def link(text):
    return text

print(link("click"))

def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"expected {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return wrapper
    return deco

@validate(int, str)
def label(n, s):
    return s * n

print(label(3, "ab"))
try:
    label("3", "ab")
except TypeError as e:
    print("TypeError:", e)

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]

@Memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)

print(slow_fib(80), len(slow_fib.cache), type(slow_fib).__name__)

def prefix(p):
    return lambda fn: lambda *a: p + fn(*a)

@prefix(">> ")
def msg(s):
    return s

print(msg("hi"))
