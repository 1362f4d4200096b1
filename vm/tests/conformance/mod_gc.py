# gc module: enable/disable/isenabled and collect (whose return value is never printed).
import gc

print("enabled at start:", gc.isenabled())
gc.disable()
print("after disable:", gc.isenabled())
junk = []
for i in range(500):
    a = [i]
    b = [a]
    a.append(b)
    junk.append(a)
junk = None
gc.enable()
print("after enable:", gc.isenabled())
n = gc.collect()
print("collect returned an int:", isinstance(n, int), n >= 0)
gc.collect()
gc.collect()
print("repeated collect ok")
gc.disable()
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
class Node:
    def __init__(self):
        self.other = None
x, y = Node(), Node()
x.other, y.other = y, x
del x, y
gc.collect()
print("cycle of user objects collected without error")
