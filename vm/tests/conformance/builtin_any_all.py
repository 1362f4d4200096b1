# any() and all(): empty iterables, short-circuiting, generators.
print(any([]), all([]), any([0, 0]), all([1, 1]), any([0, 1]), all([1, 0]))
print(any(""), all(""), any("a"), all([[], [1]]), any([[], [1]]), all([None]))
print(any(x > 5 for x in range(10)), all(x < 10 for x in range(10)), all(x % 2 for x in [1, 3, 4]))
seen = []
def check(x):
    seen.append(x)
    return x
print(any(check(x) for x in [0, 0, 3, 0, 5]), seen)
seen.clear()
print(all(check(x) for x in [1, 2, 0, 4]), seen)
seen.clear()
print(any(map(check, [0, "", "found", "unseen"])), seen)
words = ["apple", "avocado", "almond"]
print(all(w.startswith("a") for w in words), any(w.endswith("z") for w in words))
matrix = [[1, 2], [0, 3], [4, 5]]
print([all(r) for r in matrix], any(all(r) for r in matrix), all(any(r) for r in matrix))
print(any({0: "a"}), all({1: "a", 2: "b"}), any(set()), all({0}))
def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))
print([n for n in range(30) if is_prime(n)])
print(any(c.isupper() for c in "hello World"), all(c.isalpha() for c in "hello World"))
