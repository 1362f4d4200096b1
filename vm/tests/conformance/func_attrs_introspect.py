# Function objects: __name__, __doc__, attributes, passing functions around.
def documented(x):
    """Return x doubled."""
    return x * 2
def undocumented():
    pass
print(documented.__name__, documented.__doc__, undocumented.__doc__)
documented.custom = "attr"
print(documented.custom, hasattr(documented, "custom"), hasattr(undocumented, "custom"))
print(callable(documented), callable(5), callable(len), callable(lambda: 0))
print(type(documented).__name__, len.__name__, type(lambda: 0).__name__)
funcs = [documented, str.upper, len, abs]
print([f.__name__ for f in funcs])
def apply(f, *args):
    return f(*args)
print(apply(documented, 4), apply(max, 3, 9), apply(str.lower, "ABC"))
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer() is not outer(), outer.__name__)
class K:
    def method(self):
        return 1
print(K.method.__name__, K().method.__name__)
bound = K().method
print(bound(), callable(bound), type(bound).__name__)
g = documented
del documented
print(g(5), g.__name__)
print(g.__defaults__, g.custom)
