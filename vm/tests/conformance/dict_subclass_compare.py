# comparisons fall back to the built-in base's method when a subclass declines
class D(dict):
    def __eq__(self, other):
        return NotImplemented
class L(list):
    def __lt__(self, other):
        return NotImplemented
    def __eq__(self, other):
        return NotImplemented
class T(tuple):
    pass
print(D(a=1) == {'a': 1}, {'a': 1} == D(a=1), D(a=1) != {'a': 2}, {'a': 1} != D(a=1))
print(L([1]) == [1], [1] == L([1]), [1] < L([2]), L([3]) < [2], L([1]) > [0])
print(T((1, 2)) == (1, 2), (1, 2) < T((1, 3)), '%s-%s' % T((4, 5)), '%d' % T((7,)))
class Weird(dict):
    def __eq__(self, other):
        return 'weird'
print({} == Weird(), Weird() == {}, {} != Weird())
