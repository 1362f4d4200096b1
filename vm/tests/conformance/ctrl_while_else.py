# while loops with else, break and continue.
n = 0
while n < 5:
    n += 1
else:
    print("while finished normally, n =", n)
n = 0
while True:
    n += 1
    if n == 3:
        break
else:
    print("not printed")
print("broke at", n)

def find_divisor(v):
    d = 2
    while d * d <= v:
        if v % d == 0:
            break
        d += 1
    else:
        return None
    return d

print([(v, find_divisor(v)) for v in (2, 9, 17, 91, 97, 221)])
i = 0
odds = []
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    odds.append(i)
print(odds)
count = 0
while count < 3:
    count += 1
    print("iteration", count)
else:
    print("else runs after condition becomes false")
a, b = 0, 1
fibs = []
while b < 100:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
x = 27
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print("collatz(27) steps:", steps)
while False:
    print("never")
else:
    print("else of never-entered loop")
