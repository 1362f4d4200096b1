# *args and **kwargs collection and forwarding.
def collect(*args, **kwargs):
    return args, kwargs
print(collect(), collect(1, 2), collect(a=1), collect(1, b=2, c=3))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3), total(*range(10)))
def describe(**info):
    return ", ".join(f"{k}={v}" for k, v in info.items())
print(describe(name="x", size=3, ok=True))
print(describe(**{"z": 1, "a": 2}))
def wrapper(*args, **kwargs):
    return target(*args, **kwargs)
def target(a, b, c=0):
    return a + b + c
print(wrapper(1, 2), wrapper(1, b=2, c=3), wrapper(*[1, 2, 3]))
def show(first, *rest, sep="-", **opts):
    return first + sep + sep.join(rest) + str(sorted(opts.items()))
print(show("a", "b", "c"), show("a", sep="+"), show("x", "y", sep="|", k=1, j=2))
args = (1, 2)
kwargs = {"c": 10}
print(target(*args, **kwargs), type(collect(1)[0]).__name__, type(collect(a=1)[1]).__name__)
def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, y=2, x=3, **{"w": 4}))
def mutate(*args):
    args = list(args)
    args.append("more")
    return args
print(mutate(1, 2))
try:
    target(1, 2, **{"a": 5})
except TypeError as e:
    print(type(e).__name__)
