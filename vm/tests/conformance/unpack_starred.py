# Starred assignment targets and starred expressions in displays and calls.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
*everything, = (7, 8)
print(everything)
head, *tail = "x"
print(head, tail, type(tail).__name__)
print([*range(3), *"ab", *(9,)], (*[1, 2], 3), {*[1, 2], 3})
print({**{"a": 1}, "b": 2}, [*{"k": 1, "j": 2}])
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}))
print(f(*"ab", **dict(z=0)))
nums = [3, 1, 2]
print(max(*nums), min(*nums, 0), "{}-{}-{}".format(*nums))
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
matrix = [[1, 2, 3], [4, 5, 6]]
print(*matrix)
print(*matrix, sep=" | ")
print(*[], "only")
first, second, *_ = "hello world".split() + ["pad"]
print(first, second)
