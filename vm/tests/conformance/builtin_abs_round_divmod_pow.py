# abs(), round(), divmod(), pow() across ints and floats.
print(abs(-5), abs(5), abs(-0), abs(-2.5), abs(2 ** 70 * -1), abs(True), abs(-0.0))
print(round(3.14159), round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(0.5))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 0))
print(round(2.675, 2), round(1.0005, 3), round(123.456, -1), round(-0.55, 1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 1)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-1, 3), divmod(2 ** 70, 10 ** 9))
print(pow(2, 8), pow(2, -1), pow(2.0, 3), pow(9, 0.5), pow(0, 0), pow(-2, 3))
print(pow(3, 4, 5), pow(123456789, 987654321, 1000000007), pow(-3, 3, 7), pow(5, -1, 7))
class Num:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return Num(abs(self.v))
    def __round__(self, n=None):
        return f"rounded({self.v}, {n})"
    def __divmod__(self, o):
        return ("dm", self.v, o)
    def __pow__(self, e, mod=None):
        return ("pow", self.v, e, mod)
    def __repr__(self):
        return f"Num({self.v})"
n = Num(-3)
print(abs(n), round(n), round(n, 2), divmod(n, 2), pow(n, 2), pow(n, 2, 5), n ** 3)
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__)
