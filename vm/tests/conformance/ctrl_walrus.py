# Assignment expressions (walrus).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6])
print(y)
values = iter([5, 3, 0, 7])
total = 0
while (v := next(values)) != 0:
    total += v
print("total before zero:", total, "v =", v)
print([(last := i) for i in range(3)], last)
if (m := max(data)) and m > 5:
    print("max", m)
chunks = []
src = list(range(10))
while chunk := src[:3]:
    chunks.append(chunk)
    src = src[3:]
print(chunks)
def f(x):
    return x * x
print([r for i in range(6) if (r := f(i)) % 2], r)
print((z := 5) + z, z)
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 1:
    print("popped", top)
print(top, stack)
counts = {}
for w in "a b a c b a".split():
    counts[w] = (c := counts.get(w, 0)) + 1
print(counts, c)
