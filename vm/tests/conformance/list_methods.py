# List methods: append, extend, insert, remove, pop, index, count, reverse, clear, copy.
a = [3, 1, 4, 1, 5]
a.append(9)
a.extend([2, 6])
a.extend(range(2))
a.extend("ab")
print(a)
a.insert(0, "first")
a.insert(-1, "penult")
a.insert(100, "last")
a.insert(-100, "front")
print(a)
a.remove(1)
print(a, a.count(1), a.count("a"), a.count(42))
print(a.pop(), a.pop(0), a.pop(1), a.pop(-2))
print(a)
print(a.index(4), a.index(1), a.index(1, 4) if 1 in a[4:] else "none", a.index(5, 0, 10))
a.reverse()
print(a)
b = a.copy()
b.clear()
print(a, b, len(a))
try:
    a.remove("zzz")
except ValueError as e:
    print(type(e).__name__)
try:
    a.index("zzz")
except ValueError as e:
    print(type(e).__name__)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
print([1, 2, 3].append(4), [3, 2].sort(), [1].reverse())
stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print(stack.pop(), end=" ")
print()
