# __index__ methods that mutate the sequence being indexed, and index conversions.
x = [1, 2, 3]

class Clear:
    def __index__(self):
        x.clear()
        return 1

class Grow:
    def __index__(self):
        x.append(9)
        return 1

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

def reset():
    x[:] = [1, 2, 3]

reset(); attempt("get", lambda: x[Clear()])
reset(); attempt("slice", lambda: x[Clear():])
reset(); attempt("slice grow", lambda: x[Grow():])
reset(); attempt("step", lambda: x[::Clear()])

def setitem():
    x[Clear()] = 5
    return x
reset(); attempt("set", setitem)

def delitem():
    del x[Clear()]
    return x
reset(); attempt("del", delitem)

def delslice():
    del x[::Clear()]
    return x
reset(); attempt("del step", delslice)

def setslice():
    x[Clear():] = [9]
    return x
reset(); attempt("set slice", setslice)

def setext():
    x[::Clear()] = [7, 8]
    return x
reset(); attempt("set ext", setext)

reset(); attempt("pop", lambda: x.pop(Clear()))
reset(); attempt("pop grow", lambda: (x.pop(Grow()), x))

# big indices and positions
big = 2 ** 70
attempt("index big", lambda: [1][big])
attempt("pop big", lambda: [1].pop(big))
attempt("insert big", lambda: [1, 2].insert(big, 0) or "ok")
attempt("insert -big", lambda: [1, 2].insert(-big, 0) or "ok")
attempt("find big", lambda: ("abc".find("c", -big), "abc".find("c", 0, big)))
attempt("index range", lambda: [1, 2, 3].index(3, -big, big))
attempt("tuple index", lambda: (1, 2, 3).index(2, -big))
attempt("startswith past end", lambda: ("abc".startswith("", 4), "abc".startswith("", 3)))
attempt("find empty past end", lambda: ("abc".find("", 3), "abc".find("", 4), "abc".count("", 4)))
attempt("repeat huge", lambda: "abc" * big)
attempt("repeat negative huge", lambda: "abc" * -big)
attempt("center big", lambda: "ab".center(big))
attempt("split big", lambda: "a b".split(None, big))

# ranges with big bounds
r = range(10 ** 20)
print(r[::-1])
print(len(r[:: 2 ** 40]), r[::2 ** 40][-1])
print(r[5:-5:3][2], range(0, 10 ** 25, 7)[10 ** 3: -10 ** 3][-1])
attempt("huge len", lambda: len(r))
print(range(10)[::-3], range(10)[8:2:-2], list(range(10)[-100:100:4]))

# Sequence repetition by objects with __index__.
class K:
    def __index__(self): return 2
print([1] * K(), 'ab' * K(), (1,) * K(), K() * [3], K() * 'x')
x = [1, 2, 3]
class C:
    def __mul__(self, o): return 'k'
    def __index__(self): x.clear(); return 2
print(x * C(), x)
class L(list):
    pass
print(L([1, 2]) * K(), type(L([1]) * K()).__name__)
class N:
    pass
for bad in (lambda: [1] * N(), lambda: N() * 'a', lambda: [1] * 1.5):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
class Big:
    def __index__(self): return 2**70
try:
    [1] * Big()
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)

# Slice assignment of non-iterables, and an iterable that shrinks the list.
L = [1, 2, 3]
for f in (lambda: L.__setitem__(slice(None, None, 1), 5), lambda: L.__setitem__(slice(0, 2), 5), lambda: L.__setitem__(slice(None, None, 2), 5),
          lambda: L.__setitem__(slice(None, None, -1), [1]), lambda: L.__setitem__(slice(0, 3, 2), [1, 2, 3])):
    try:
        f()
        print(L)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
x = [1, 2, 3, 4, 5]
class E:
    def __iter__(self):
        x.clear(); return iter([7, 8])
try:
    x[::2] = E(); print(x)
except ValueError as e:
    print('ValueError:', e)
