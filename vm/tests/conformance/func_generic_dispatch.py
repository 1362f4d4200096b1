# Dispatch tables of functions, callbacks and functions stored in data structures.
def area_square(s):
    return s * s
def area_rect(w, h):
    return w * h
def area_circle(r):
    return round(3.14159 * r * r, 2)
shapes = [("square", (3,)), ("rect", (2, 5)), ("circle", (1,)), ("hexagon", (2,))]
table = {"square": area_square, "rect": area_rect, "circle": area_circle}
for name, args in shapes:
    fn = table.get(name)
    print(name, fn(*args) if fn else "unknown shape")
handlers = []
def on(event):
    def deco(fn):
        handlers.append((event, fn))
        return fn
    return deco
@on("start")
def h1(data):
    return f"h1 got {data}"
@on("stop")
def h2(data):
    return f"h2 got {data}"
@on("start")
def h3(data):
    return f"h3 got {data}"
def emit(event, data):
    return [fn(data) for ev, fn in handlers if ev == event]
print(emit("start", 1), emit("stop", 2), emit("other", 3))
def visit(node, callback, depth=0):
    callback(node["name"], depth)
    for child in node.get("children", []):
        visit(child, callback, depth + 1)
tree = {"name": "root", "children": [{"name": "a", "children": [{"name": "a1"}]}, {"name": "b"}]}
visit(tree, lambda n, d: print("  " * d + n))
collected = []
visit(tree, lambda n, d: collected.append((d, n)))
print(collected)
