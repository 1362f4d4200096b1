# Generator expressions: laziness, single use, passing to functions.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "bbb", "cc"]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1, 2]))
log = []
def noisy(x):
    log.append(x)
    return x
lazy = (noisy(i) for i in range(10))
print(log)
first_three = [next(lazy) for _ in range(3)]
print(first_three, log)
print(any(noisy(i) > 1 for i in range(100)), log[-3:])
print(sorted((c for c in "generator"), reverse=True), "".join(c for c in "abc" if c != "b"))
print(dict((k, len(k)) for k in ["ab", "c"]), set(x % 3 for x in range(10)), tuple(i for i in "xy"))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
def squares(limit):
    return (i * i for i in range(limit))
s = squares(4)
print(list(s), list(squares(3)))
outer_n = 3
g2 = (i * outer_n for i in range(3))
outer_n = 10
print(list(g2))
try:
    g3 = (1 / x for x in [1, 0])
    print(next(g3))
    print(next(g3))
except ZeroDivisionError as e:
    print(type(e).__name__)
print(list(x for x in range(3)), min((x for x in []), default="empty"))
