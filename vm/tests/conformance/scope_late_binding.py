# Late binding of closure variables versus captured defaults.
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = "changed"
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(4)]
print([f() for f in funcs])
def make():
    fs = []
    for j in range(3):
        def f():
            return j
        fs.append(f)
    j = 42
    return fs
print([f() for f in make()])
def make_fixed():
    fs = []
    for j in range(3):
        def factory(k):
            return lambda: k
        fs.append(factory(j))
    return fs
print([f() for f in make_fixed()])
x = 1
def reader():
    return x
x = 2
print(reader())
def outer():
    y = "before"
    def get():
        return y
    y = "after"
    return get
print(outer()())
gens = [(n for _ in range(1)) for n in range(3)]
print([next(g) for g in gens])
