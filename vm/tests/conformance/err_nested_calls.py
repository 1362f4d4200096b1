# Uncaught exception raised deep inside a chain of calls.
def level_d(x):
    if x > 3:
        raise ValueError(f"value {x} exceeds limit")
    return x * 2


def level_c(x):
    return level_d(x) + 1


def level_b(x):
    return level_c(x) * 10


def level_a(items):
    return [level_b(x) for x in items]


print(level_a([1, 2, 3]))
print(level_a([0]))
print(level_a([2, 4, 1]))
