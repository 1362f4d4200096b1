# Slice assignment with different lengths and extended-slice deletion.
data = list("abcdefgh")
data[1:3] = ["X"]
print("".join(data))
data[-1:] = list("YZ")
print("".join(data))
data[3:3] = ["-"] * 3
print("".join(data))
data[:] = data[::-1]
print("".join(data))
data[1::2] = ["*"] * len(data[1::2])
print("".join(data))
del data[::2]
print("".join(data))
nums = list(range(12))
del nums[-1:-6:-2]
print(nums)
del nums[10:]
del nums[:-100]
print(nums)
nums[0:2], nums[-2:] = nums[-2:], nums[0:2]
print(nums)
m = list(range(5))
m[1:4] = (i * 10 for i in range(5))
print(m)
m[::-2] = "abcde"[: len(m[::-2])]
print(m)
try:
    m[::-1] = [1, 2]
except ValueError as e:
    print(type(e).__name__)
try:
    t = (1, 2, 3)
    t[0:1] = [9]
except TypeError as e:
    print(type(e).__name__)
try:
    s = "abc"
    del s[0]
except TypeError as e:
    print(type(e).__name__)
