def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("zip strict ok", lambda: list(zip([1, 2], "ab", strict=True)))
attempt("zip strict short", lambda: list(zip([1, 2], "a", strict=True)))
attempt("zip strict short3", lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
attempt("zip strict long", lambda: list(zip([1], "ab", strict=True)))
attempt("zip strict long3", lambda: list(zip([1], [1], "ab", strict=True)))
attempt("zip not strict", lambda: list(zip([1], "ab", strict=False)))
attempt("zip bad kw", lambda: zip([1], bogus=True))

def stopper(x):
    if x == 3:
        raise StopIteration
    return x * 10

attempt("map stop", lambda: list(map(stopper, range(10))))
attempt("map stop for", lambda: [v for v in map(stopper, [5, 3, 1])])

class Lazy:
    def __init__(self):
        self.data = {"a": 1}

    def __getattr__(self, name):
        return "fallback:" + name

    @property
    def broken(self):
        raise AttributeError("inside property")

    @property
    def fine(self):
        return "fine"

lz = Lazy()
attempt("getattr fallback", lambda: (lz.data, lz.missing, lz.fine, lz.broken))
attempt("object getattribute", lambda: object.__getattribute__(lz, "data"))
attempt("object getattribute missing", lambda: object.__getattribute__(lz, "nope"))
attempt("getattr default", lambda: getattr(lz, "zzz", "dflt"))

class Strict:
    @property
    def broken(self):
        raise AttributeError("no fallback here")

attempt("no getattr", lambda: Strict().broken)

# private name mangling
class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
        __temp = owner.upper()
        self.tag = __temp

    def owner(self):
        return self.__owner

    def __secret(self):
        return "secret of " + self.__owner

    def reveal(self):
        return self.__secret()

    @classmethod
    def count(cls):
        return cls.__count

class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "savings-" + owner

    def both(self):
        return self.__owner, self.owner()

s = Savings("ann")
print(s.both(), s.reveal(), Account.count(), s.tag)
print(sorted(k for k in vars(s)))
print(s._Account__owner, s._Savings__owner, Account._Account__count)
attempt("mangled missing", lambda: s.__owner)
print(sorted(k for k in Account.__dict__ if "count" in k or "secret" in k))

class _Under:
    def set(self):
        self.__x = 1
        return sorted(vars(self))

class __:
    def set(self):
        self.__x = 1
        return sorted(vars(self))

print(_Under().set(), __().set())

def outer():
    class Inner:
        def m(self, __arg=5):
            return __arg, [__v for __v in range(2)]
    return Inner().m(), Inner().m(7)

print(outer())

def fresh():
    yield 1

attempt("throw stop fresh", lambda: fresh().throw(StopIteration))
attempt("throw value fresh", lambda: fresh().throw(ValueError("v")))
g = fresh()
attempt("after throw", lambda: (attempt("inner", lambda: g.throw(KeyError("k"))), list(g)))

class WithDict:
    pass

w = WithDict()
w.a = 1
w.__dict__ = {"b": 2}
print(vars(w), hasattr(w, "a"), w.b)
attempt("bad dict", lambda: setattr(w, "__dict__", 5))
print("\x1ca\x1fb c".split(), repr("\x1c x \x1d".strip()))
attempt("int x1c", lambda: int("\x1c 12"))
print(int("\u3000 12 \x85"), float(" 1.5\t"))
print("ǆemo ßtraße ﬁne".title(), "ßx".capitalize(), "Straße ΣΑΣ ﬁ".casefold(), "ab1cd".title())

# Dict keys deleted and re-added during iteration.
d = {1: 1}
try:
    for k in d:
        del d[1]; d[2] = 2
except RuntimeError as e:
    print(e, d)
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        d[k] = k * 10
    print(d)
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e, d)
d = {i: i for i in range(10)}
it = iter(d.items())
print(next(it))
del d[5]; d[5] = 50
try:
    print(list(it))
except RuntimeError as e:
    print(e)
print(list(it))
