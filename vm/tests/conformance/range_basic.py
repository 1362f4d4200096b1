# range construction, iteration, len, indexing and equality.
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(5, 0)))
print(len(range(10)), len(range(3, 10, 3)), len(range(10, 0)), range(0, 10 ** 20)[-1])
r = range(3, 30, 4)
print(r, r[0], r[-1], r[2], len(r), list(r))
print(r[1:4], list(r[1:4]), r[::-1], list(r[::2]), r[10:])
print(range(5) == range(0, 5), range(0) == range(5, 5), range(1, 4, 2) == range(1, 5, 2))
print(range(0, 3) == [0, 1, 2], list(range(0, 3)) == [0, 1, 2])
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
try:
    range(1, 10, 0)
except ValueError as e:
    print(type(e).__name__)
try:
    range(5)[5]
except IndexError as e:
    print(type(e).__name__)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__)
print(r.start, r.stop, r.step, r.index(11), r.count(11), r.count(12))
big = range(0, 10 ** 30, 7)
print(big[-1], big[10 ** 20], 10 ** 29 in big, 7 * 10 ** 20 in big, len(big[:10]))
total = 0
for i in range(1000):
    total += i if i % 2 else -i
print(total)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"))
print(bool(range(0)), bool(range(1)), type(range(1)).__name__)
