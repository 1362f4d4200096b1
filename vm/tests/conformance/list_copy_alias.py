# Aliasing vs copying, mutation through references, lists in functions.
def add_item(lst, item):
    lst.append(item)
    return lst

def rebind(lst):
    lst = [0]
    return lst

orig = [1, 2]
res = add_item(orig, 3)
print(orig, res is orig)
r2 = rebind(orig)
print(orig, r2)
copies = [orig[:], list(orig), orig.copy(), [*orig], orig * 1, orig + []]
for c in copies:
    c.append("x")
print(orig, [c is orig for c in copies])
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
shallow[1] = ["replaced"]
print(nested, shallow)
self_ref = [1, 2]
self_ref.append(self_ref)
print(self_ref, len(self_ref), self_ref[2] is self_ref)
a = [1, 2, 3]
b = a
a[:] = [7, 8]
print(b)
a = [9]
print(b, a)
items = [[0]] * 3
items[1].append(1)
print(items, items[0] is items[2])
row = [0, 0]
grid = [row, row]
grid[0][0] = 5
print(grid)
x = y = []
x.append(1)
print(x, y, x is y)
