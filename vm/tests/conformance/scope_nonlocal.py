# nonlocal rebinding at several nesting levels.
def level1():
    x = 1
    def level2():
        nonlocal x
        x += 10
        def level3():
            nonlocal x
            x *= 2
            return x
        return level3()
    r = level2()
    return x, r

print(level1())

def state_machine():
    state = "idle"
    transitions = []
    def go(new):
        nonlocal state
        transitions.append((state, new))
        state = new
    def current():
        return state
    return go, current, transitions

go, current, log = state_machine()
go("running")
go("paused")
go("running")
print(current(), log)

def shadow():
    x = "outer"
    def inner():
        x = "inner local"
        return x
    inner()
    return x

print(shadow())

def mixed():
    a = 1
    b = 2
    def f():
        nonlocal a
        a = 100
        b = 200
        return a, b
    res = f()
    return res, a, b

print(mixed())

def fib_closure():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        a, b = b, a + b
        return a
    return nxt

f = fib_closure()
print([f() for _ in range(12)])
