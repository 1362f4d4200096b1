# Insertion order is preserved through updates, deletions and reinsertion.
d = {}
for k in ["delta", "alpha", "charlie", "bravo"]:
    d[k] = len(k)
print(list(d), list(d.values()))
d["alpha"] = 0
print(list(d))
del d["delta"]
d["delta"] = 99
print(list(d.items()))
nums = {}
for i in (5, 3, 9, 1, 7):
    nums[i] = str(i)
print(nums, list(nums), sorted(nums))
for k in list(nums):
    if k > 4:
        del nums[k]
print(nums)
for k in (4, 5, 6):
    nums[k] = "n"
print(nums)
big = {}
for i in range(200):
    big[(i * 37) % 200] = i
keys = list(big)
print(keys[:10], keys[-5:], len(big))
for i in range(0, 200, 2):
    del big[i]
print(list(big)[:8], len(big))
for i in range(0, 20, 2):
    big[i] = -i
print(list(big)[-12:], len(big))
print({"b": 1, "a": 2} == {"a": 2, "b": 1}, list({"b": 1, "a": 2}))
inv = {v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()}
print(inv)
