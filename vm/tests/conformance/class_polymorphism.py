# Polymorphism via duck typing and abstract-style base classes raising NotImplementedError.
class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

class Blob(Shape):
    pass

shapes = [Rect(2, 3), Square(4), Circle(1), Blob()]
for s in shapes:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(sorted((s for s in shapes[:3]), key=lambda s: s.area())[0].__class__.__name__)

class Duck:
    def speak(self):
        return "quack"
class Robot:
    def speak(self):
        return "beep"
class Mime:
    pass
for thing in (Duck(), Robot(), Mime()):
    speak = getattr(thing, "speak", None)
    print(type(thing).__name__, speak() if speak else "(silent)")
print(sum(s.area() for s in shapes if not isinstance(s, Blob)))
print([isinstance(s, Rect) for s in shapes])
