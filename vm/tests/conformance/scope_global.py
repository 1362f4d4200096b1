# global declarations, module-level state and shadowing builtins.
counter = 0
def increment():
    global counter
    counter += 1
    return counter
print(increment(), increment(), counter)
def read_only():
    return counter * 10
print(read_only())
def create_global():
    global created
    created = "made inside function"
create_global()
print(created)
config = {"debug": False}
def toggle():
    config["debug"] = not config["debug"]
toggle()
print(config)
def shadow_builtin():
    len = lambda x: -1
    return len([1, 2, 3])
print(shadow_builtin(), len([1, 2, 3]))
total = 5
def local_total():
    total = 99
    return total
print(local_total(), total)
def nested_global():
    def inner():
        global total
        total = 1000
    inner()
    return total
print(nested_global(), total)
x = "module"
def use_before_global():
    return x
def change():
    global x
    x = "changed"
print(use_before_global(), change(), use_before_global(), x)
items = []
def add_item(v):
    items.append(v)
for i in range(3):
    add_item(i)
print(items)
print(__name__)
