# Insertions and removals in the middle; list as queue; filtering in place.
q = []
for i in range(5):
    q.insert(0, i)
print(q)
while q:
    print(q.pop(0), end=",")
print()
nums = list(range(20))
i = 0
while i < len(nums):
    if nums[i] % 3 == 0:
        del nums[i]
    else:
        i += 1
print(nums)
nums[:] = [n for n in nums if n % 2]
print(nums)
lst = ["a", "b", "c", "b", "a"]
while "b" in lst:
    lst.remove("b")
print(lst)
ordered = []
for v in [5, 1, 4, 2, 3, 9, 0]:
    pos = 0
    while pos < len(ordered) and ordered[pos] < v:
        pos += 1
    ordered.insert(pos, v)
print(ordered)

def rotate(lst, k):
    k %= len(lst)
    return lst[-k:] + lst[:-k]

print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], -1), rotate([1, 2, 3], 7))
data = [3, 1, 3, 2, 1, 3]
uniq = []
for d in data:
    if d not in uniq:
        uniq.append(d)
print(uniq)
buf = list(range(10))
del buf[2], buf[3]
print(buf)
buf[2:2] = ["ins"]
buf.pop(len(buf) // 2)
print(buf)
