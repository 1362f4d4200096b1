# Uncaught RecursionError from unbounded recursion (missing base case).
def count_down(n):
    if n == 0:
        return "liftoff"
    return count_down(n - 1)


print(count_down(10))
print(count_down(300))


def broken_count(n):
    return broken_count(n - 1)


print("starting unbounded recursion")
broken_count(10)
