# compile() and CPython's SyntaxError messages (assignment targets, leading zeros,
# print statement, brackets, unterminated strings...).
srcs = ["x = 012", "print 'x'", "x = (1, 2", "x = [1, 2)", "None = 1", "True = 2", "... = 3", "(a, b) += 1", "[a] += 1",
        "except A, B: pass", "f(**x, *y)", "def f(a=1, b): pass", "x = 'abc", "a b", "if x = 1: pass", "for x in range(3) print(x)",
        "class A(: pass", "import", "del 1", "f() = 3", "x + 1 = 2", "lambda: (yield)", "return", "break", "continue",
        "nonlocal x", "def f():\n    global x\n    x = 1\n    global x", "'a' 'b' = 1", "a, *b, *c = d", "x = yield = 3"]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(repr(s), "->", e.msg, e.lineno)
c = compile('x * 2', 'f', 'eval')
print(eval(c, {'x': 21}), type(c).__name__)
d = compile('y = 5\nprint(y)', '<d>', 'exec')
g = {}
exec(d, g)
print(g['y'], eval(d))
try:
    compile('x', 'f', 'bad')
except ValueError as e:
    print(e)
try:
    exec(5)
except TypeError as e:
    print(e)
srcs = ["a < b = 1", "a and b = 1", "not x = 1", "-x = 1", "lambda: 1 = 2", "x if y else z = 1", "(a, f()) = 1", "[f()] = 1", "f() = 3",
        "x + 1 = 2", "(x := 1) = 2", "{1: 2} = 3", "[x for x in y] = 1", "(x for x in y) = 1", "a, b + 1 = 1, 2", "*a() = 1"]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(repr(s), "->", e.msg)
srcs = ["f(x for x in y, 1)", "f((x for x in y), 1)", "f(x for x in y)", "f(1, (x for x in y))", "f(a=1, *(x for x in y))",
        "f'{}'", "f'{x'", "f'}'", "f'{x!z}'", "f'{a[}'", "sum(x for x in range(3))"]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(repr(s), "->", e.msg)
