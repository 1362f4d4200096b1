# !r, !s conversions and __format__/__str__/__repr__ interplay.
class Thing:
    def __repr__(self):
        return "Thing()"
    def __str__(self):
        return "a thing"

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __str__(self):
        return "Money"

t = Thing()
print(f"{t} {t!s} {t!r} {t!r:>10}|{t!s:<9}|")
print("{} {!r}".format(t, t), "%s %r" % (t, t), str(t), repr(t))
print([t], (t,), {"k": t})
m = Money(12345)
print(f"{m} {m:short} {m!s}", format(m), format(m, "short"), "{:short}".format(m))
s = "text\twith 'quotes'"
print(f"{s}", f"{s!r}", f"{s!r:^30}")
print(f"{'é'!r} {42!r} {4.0!s} {None!r} {[1, 'a']!s}")
print(f"{'abc'!r:*>10}", f"{3!r:>4}")
class NoStr:
    def __repr__(self):
        return "<NoStr>"
print(f"{NoStr()}", str(NoStr()), "%s" % NoStr())
try:
    format(Thing(), "10")
except TypeError as e:
    print(type(e).__name__)
print(format("x"), format(3), format(2.5), format(None), format([1]))
