# sort / sorted: keys, reverse and stability.
nums = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(nums), sorted(nums, reverse=True), nums)
nums.sort()
print(nums)
nums.sort(key=lambda x: -x)
print(nums)
words = ["banana", "pie", "Apple", "kiwi", "fig", "cherry", "date"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
records = [("amy", 3), ("bob", 1), ("cal", 3), ("dan", 2), ("eve", 1), ("fay", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name_desc = sorted(records, key=lambda r: r[0], reverse=True)
print(sorted(by_name_desc, key=lambda r: r[1]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(sorted([[3, 1], [1, 2, 3], [1, 2], []]))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}), sorted([]))
print(sorted([0.5, -1, 2, True, False]))
data = list(range(20))
data.sort(key=lambda v: v % 3)
print(data)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__)
big = [(i * 7919) % 1000 for i in range(300)]
s = sorted(big)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
x = [3, 1, 2]
y = x.sort()
print(x, y)
