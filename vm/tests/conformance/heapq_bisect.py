# heapq and bisect: heap layouts identical to CPython's, binary search with lo/hi/key
import heapq, bisect
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heappush(h, x)
print(h)
print([heappop(h) for _ in range(4)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]
heapify(data); print(data)
print(heapreplace(data, 12), data)
print(heappushpop(data, -1), heappushpop(data, 4), data)
print(nlargest(3, [5, 1, 8, 3, 9]), nsmallest(2, [5, 1, 8, 3, 9]), nsmallest(2, ['bb', 'a', 'ccc'], key=len), nlargest(0, [1]))
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(merge(['a', 'bbb'], ['cc'], key=len)), list(merge([9, 5], [8, 1], reverse=True)))
tasks = []
for prio, name in [(2, 'write'), (1, 'read'), (3, 'sleep'), (1, 'eat')]:
    heappush(tasks, (prio, name))
print([heappop(tasks)[1] for _ in range(len(tasks))])
for f, a in [(heappop, ([],)), (heappush, ((), 1)), (heapreplace, ([],  1))]:
    try:
        f(*a)
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ':', e)

a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 9))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
bisect.insort(a, 4); bisect.insort_left(a, 2); bisect.insort_right(a, 0); print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('z', 4), key=lambda r: r[1]); print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError:', e)
