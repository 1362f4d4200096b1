# An uncaught NameError gets CPython's "Did you mean" suggestion from the frame's names.
def area(width, height):
    return widht * height

print("start")
area(2, 3)
