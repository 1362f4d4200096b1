# Scoping inside class bodies, comprehensions in class bodies, methods vs class names.
x = "global"
class A:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    def method2(self):
        return self.x
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
print(A.y, A().method(), A().method2(), A.doubled)
class B:
    n = 3
    try:
        vals = [n * i for i in range(3)]
    except NameError as e:
        vals = "NameError"
print(B.vals)
def factory(v):
    class Local:
        value = v
        def get(self):
            return v
    return Local
L1, L2 = factory(1), factory(2)
print(L1.value, L2().get(), L1 is L2, L1.__name__)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
cs = [Counter() for _ in range(3)]
print(Counter.count, [c.id for c in cs])
class Shadow:
    len = 5
    size = len
    def m(self):
        return len("abc")
print(Shadow.size, Shadow().m())
