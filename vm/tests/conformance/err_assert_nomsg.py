# Uncaught AssertionError without a message.
def is_sorted(seq):
    return all(seq[i] <= seq[i + 1] for i in range(len(seq) - 1))


samples = [[1, 2, 3], [], [5], [2, 2, 3], [3, 1]]
for s in samples:
    print(s, "sorted?", is_sorted(s))
assert is_sorted([1, 2, 3])
print("first assertion passed")
checked = 0
for s in samples:
    assert is_sorted(s)
    checked += 1
    print("checked", s, "count", checked)
print("not reached")
