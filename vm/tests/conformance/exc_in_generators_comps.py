# Exceptions raised inside comprehensions, generators, lambdas and propagation out of them.
def risky(x):
    if x == 3:
        raise ValueError(f"bad item {x}")
    return x * 10
try:
    print([risky(x) for x in range(5)])
except ValueError as e:
    print("comprehension aborted:", e)
def gen():
    for x in range(5):
        yield risky(x)
got = []
try:
    for v in gen():
        got.append(v)
except ValueError as e:
    print("generator aborted after", got, "-", e)
g = gen()
print(next(g), next(g), next(g))
try:
    next(g)
except ValueError:
    print("raised on 4th next")
print(next(g, "generator is finished after exception"))
safe = [risky(x) if x != 3 else None for x in range(5)]
print(safe)
try:
    sorted([3, 1, 2], key=lambda v: 1 / (v - 2))
except ZeroDivisionError as e:
    print("key function raised:", e)
try:
    list(map(int, ["1", "2", "x"]))
except ValueError as e:
    print("map raised:", type(e).__name__)
try:
    {k: 1 / k for k in (1, 0)}
except ZeroDivisionError:
    print("dict comprehension raised")
def gen_with_handler():
    for x in range(5):
        try:
            yield risky(x)
        except ValueError:
            yield "skipped"
print(list(gen_with_handler()))
