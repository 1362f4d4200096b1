# Comprehension scoping: loop variables don't leak; outermost iterable evaluated eagerly.
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
y = 10
print([y + i for i in range(3)])
def f():
    z = 5
    return [z * i for i in range(3)], {i: z for i in range(2)}, {z + i for i in range(2)}
print(f())
data = [1, 2, 3]
gen = (v * 2 for v in data)
data = [100]
print(list(gen))
data2 = [1, 2, 3]
gen2 = (v * w for v in data2 for w in data2)
data2.append(4)
print(list(gen2))
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
i = "unchanged"
_ = [i for i in "abc"]
print(i)
def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return [bump() for _ in range(3)], n
print(counter())
print([(lambda k: k * 2)(k) for k in range(3)])
matrix = [[1, 2], [3, 4]]
print([[cell for cell in row] for row in matrix], [row for row in matrix if (s := sum(row)) > 3], s)
