# Uncaught TypeError calling a function with a missing argument.
def area(width, height):
    return width * height


def describe(shape, w, h):
    return f"{shape}: {area(w, h)}"


print(describe("square", 3, 3))
print(describe("rect", 2, 5))
print("computing a broken call")
widths = [4, 6]
for w in widths:
    print("width", w)
print(area(widths[0]))
print("not reached")
