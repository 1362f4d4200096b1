# __exit__ returning True suppresses exceptions; falsy return propagates them.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressed", exc_type.__name__, exc)
            return True
        return False

with Suppress(KeyError):
    {}["missing"]
    print("not reached")
print("continued after KeyError")

with Suppress(ZeroDivisionError, ValueError):
    int("x")
print("continued after ValueError")

try:
    with Suppress(KeyError):
        [][0]
except IndexError as e:
    print("IndexError propagated:", e)

with Suppress(LookupError):
    [][5]
print("LookupError subclass suppressed")

class Truthy:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return 1

with Truthy():
    raise RuntimeError("hidden")
print("truthy non-bool return also suppresses")

class ReturnsNone:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        print("exit saw", a[0].__name__)

try:
    with ReturnsNone():
        raise NotImplementedError("visible")
except NotImplementedError as e:
    print("propagated", type(e).__name__, e)

def f():
    with Suppress(StopIteration):
        raise StopIteration
    return "function continued"

print(f())
