# Higher-order functions: map/filter/sorted with functions, function pipelines.
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
sq = lambda x: x * x
print(compose(inc, sq)(3), compose(sq, inc)(3), compose()(7))
def pipeline(data, *steps):
    for step in steps:
        data = step(data)
    return data
result = pipeline(range(10),
                  lambda xs: (x for x in xs if x % 2),
                  lambda xs: map(sq, xs),
                  list)
print(result)
def reduce(fn, seq, init):
    acc = init
    for x in seq:
        acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a + b, [1, 2, 3, 4], 0), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda acc, w: acc + [len(w)], "ab cde f".split(), []))
def make_multiplier(n):
    return lambda x: x * n
tripler = make_multiplier(3)
print(list(map(tripler, [1, 2, 3])), list(map(make_multiplier(-1), range(3))))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, "abc"))
words = ["delta", "Alpha", "charlie", "bravo"]
print(sorted(words, key=str.lower), list(map(len, words)))
print(list(filter(str.istitle, words)), list(map(str.capitalize, words)))
print(list(map(pow, [2, 3], [3, 2])), list(map(max, [1, 5], [4, 2], [3, 3])))
