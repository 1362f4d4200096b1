# Comparisons, equality and membership involving lists.
print([1, 2, 3] == [1, 2, 3], [1, 2] == [2, 1], [1, 2] != [1, 2, 3])
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
print([[1, 2], [3]] < [[1, 2], [4]], [1, "a"] == [1, "a"])
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]))
print([1, [2, 3]] in [[1, [2, 3]], 4], [2, 3] in [1, [2, 3]], [2] in [1, 2])
nan = float("nan")
lst = [nan]
print(lst == lst, [nan] == [nan], lst[0] == lst[0], nan in lst)
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b)
try:
    [1, 2] < [1, "x"]
except TypeError as e:
    print(type(e).__name__)
print([1, 2] < [1, 2, "x"])
calls = [0]
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        calls[0] += 1
        return isinstance(other, Eq) and self.v == other.v
x = [Eq(1), Eq(2), Eq(3)]
print(Eq(2) in x, calls[0])
print(x.count(Eq(1)), calls[0], x.index(Eq(3)), calls[0])
print(x[0] in x, calls[0], Eq(9) in x, calls[0])
print(sorted([[3], [1, 1], [1], [2, 0]]))
