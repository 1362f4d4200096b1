# Uncaught IndexError from an off-by-one loop.
values = [10, 20, 30, 40]
print("values:", values)
total = 0
i = 0
while i < len(values):
    total += values[i]
    i += 1
print("total:", total)
print("last:", values[-1], "first:", values[0])


def get_next(seq, idx):
    return seq[idx + 1]


print("next after 0:", get_next(values, 0))
print("next after last:", get_next(values, 3))
