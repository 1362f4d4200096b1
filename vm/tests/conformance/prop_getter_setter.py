# property getters and setters with validation and computed attributes.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit, t._c)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)

class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        print("  computing area")
        return round(3.14159 * self.r ** 2, 3)

c = Circle(2)
print(c.area, c.area)
try:
    c.area = 10
except AttributeError as e:
    print(type(e).__name__)
print(type(Circle.area).__name__, isinstance(Circle.__dict__["area"], property))

class Account:
    def __init__(self):
        self._history = []
    @property
    def balance(self):
        return sum(self._history)
    def deposit(self, amt):
        self._history.append(amt)
a = Account()
for amt in (10, 25, -5):
    a.deposit(amt)
print(a.balance, len(a._history))

def get_x(self):
    return self._x * 10
def set_x(self, v):
    self._x = v
class Old:
    x = property(get_x, set_x)
o = Old()
o.x = 4
print(o.x, o._x)
