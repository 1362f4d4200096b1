# Uncaught ZeroDivisionError computing an average of an empty group.
groups = {"a": [1, 2, 3], "b": [10, 20], "c": []}


def average(nums):
    return sum(nums) / len(nums)


for name in ("a", "b"):
    print(name, average(groups[name]))
print("integer part:", 7 // 2, 7 % 2)
print("now averaging group c")
for name in groups:
    print("group", name, "->", average(groups[name]))
print("not reached")
