# Return values: multiple values, implicit None, early returns, returning functions.
def divide(a, b):
    if b == 0:
        return None, "division by zero"
    return a / b, None
print(divide(1, 4), divide(1, 0))
def nothing():
    pass
def bare():
    return
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(nothing(), bare(), early(10), early(0), early(2))
def pair():
    return 1, [2, 3]
a, (b, c) = pair()
print(a, b, c, pair(), type(pair()).__name__)
def get_ops():
    def plus(x):
        return x + 1
    def minus(x):
        return x - 1
    return plus, minus
p, m = get_ops()
print(p(10), m(10), [f(0) for f in get_ops()])
def finally_return():
    try:
        return "from try"
    finally:
        print("finally runs before return completes")
print(finally_return())
def loop_return(items):
    for x in items:
        while True:
            return x * 2
print(loop_return([21, 5]), loop_return([]))
def swap_all(*args):
    return args[::-1]
print(swap_all(1, 2, 3), swap_all())
def nested_return(n):
    def inner():
        return n * 2
    return inner()
print(nested_return(21))
