# Ranges with negative steps.
print(list(range(10, 0, -1)), list(range(10, 0, -3)), list(range(0, 10, -1)))
print(list(range(-1, -10, -2)), list(range(5, -6, -5)), list(range(-3, 3)))
r = range(20, -1, -4)
print(r, len(r), r[0], r[-1], list(r), 8 in r, 9 in r, -4 in r)
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(10, 0, -2))))
print(range(10)[::-1], range(10)[::-3], range(10, 0, -1)[::-1], range(0, 10, 2)[::-1])
print(list(range(10)[-3:]), list(range(10)[8:2:-2]), range(10)[-1:-11:-1])
for i in range(3, -1, -1):
    print("countdown", i)
s = "abcdef"
print("".join(s[i] for i in range(len(s) - 1, -1, -1)))
print(sum(range(100, 0, -7)), len(range(-100, 100, -1)), len(range(100, -100, -1)))
print(range(0, -5, -1).index(-3), range(-10, 10, 4).index(6))
print(range(5, 0, -1) == range(5, 0, -1), range(3, 0, -1) == range(3, -1, -1))
print(list(range(2, -2, -1)), range(2, -2, -1)[1:3], max(range(9, 0, -2)))
