# for loops: else clause, break, continue, nested loops, loop variable after loop.
for i in range(3):
    print("i", i)
else:
    print("for-else ran, i =", i)
for i in range(10):
    if i == 4:
        break
else:
    print("not printed")
print("stopped at", i)

def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            break
    else:
        return True
    return False

print([n for n in range(40) if is_prime(n)])
for x in []:
    print("never")
else:
    print("else on empty loop")
pairs = []
for a in range(4):
    for b in range(4):
        if b > a:
            break
        if (a + b) % 2:
            continue
        pairs.append((a, b))
print(pairs)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for val in row:
        if val * val > 10:
            found = val
            break
    else:
        continue
    break
print("found", found)
total = 0
for ch in "a1b2c3":
    if not ch.isdigit():
        continue
    total += int(ch)
print(total)
for k in {"x": 1, "y": 2}:
    pass
print("last key", k)
