# An uncaught AttributeError suggests the closest attribute of the object.
class Point:
    def __init__(self):
        self.x = 1
        self.y = 2

    def length(self):
        return 0

p = Point()
try:
    p.lenght()
except AttributeError as e:
    print("caught:", e)  # str(e) has no suggestion
print(p.x)
p.lenght()
