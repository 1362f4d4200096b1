# Slicing with negative steps and out-of-range bounds on lists, strings, tuples.
lst = list(range(10))
print(lst[::-1], lst[::-2], lst[-1::-3], lst[8:2:-1], lst[2:8:-1])
print(lst[-3:-8:-1], lst[:-11:-1], lst[100:0:-2], lst[-100::-1], lst[5::-1])
s = "0123456789"
print(s[::-1], s[7:1:-2], s[-2:-9:-3], s[:4:-1], s[1::-1], repr(s[3:5:-1]))
t = tuple(range(6))
print(t[::-1], t[4:0:-2], t[-1:-4:-1])
for start, stop, step in [(None, None, -1), (5, None, -2), (None, 5, -2), (-1, -6, -1), (9, 0, -4)]:
    print((start, stop, step), lst[start:stop:step], s[slice(start, stop, step)])
try:
    lst[::0]
except ValueError as e:
    print(type(e).__name__)
print(lst[::-1][::-1] == lst, s[::-1][::-1] == s, lst[::3][::-1])
print(lst[len(lst):len(lst) + 5], lst[-len(lst)], lst[-1:], lst[:-1][-1])
