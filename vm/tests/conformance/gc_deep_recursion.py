# Deep but legal recursion (depth ~500) allocating along the way.
def build(depth):
    if depth == 0:
        return []
    return [depth, build(depth - 1)]

def measure(nested):
    d = 0
    while nested:
        d += 1
        nested = nested[1]
    return d

tree = build(500)
print("depth of nested list:", measure(tree))

def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)

print(sum_to(500), sum_to(500) == 500 * 501 // 2)

def depth_with_garbage(n, acc):
    if n == 0:
        return len(acc)
    junk = {"n": n, "list": [n] * 3}
    junk["self"] = junk
    return depth_with_garbage(n - 1, acc + [n % 7])

print(depth_with_garbage(450, []))

def ackermann_like(n):
    if n <= 1:
        return [n]
    left = ackermann_like(n - 1)
    return left + [n]

print(len(ackermann_like(400)), ackermann_like(400)[-3:])

def string_rec(n):
    return "" if n == 0 else str(n % 10) + string_rec(n - 1)

s = string_rec(480)
print(len(s), s[:12], s[-12:])
