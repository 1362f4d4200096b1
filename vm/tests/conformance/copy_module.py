# copy: shallow and deep copies of containers, instances, cycles and custom hooks
import copy
from collections import namedtuple, OrderedDict, defaultdict, deque, Counter

a = [1, [2, 3], {'k': [4]}]
s, d = copy.copy(a), copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(98)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, 2)) is not None)
cyc = [1]; cyc.append(cyc); dc = copy.deepcopy(cyc); print(dc[1] is dc, dc is not cyc)
shared = [0]; pair = [shared, shared]; dp = copy.deepcopy(pair); print(dp[0] is dp[1], dp[0] is not shared)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
p = Point(1, [2]); q = copy.copy(p); r = copy.deepcopy(p)
p.y.append(3); print(q, r, q.y is p.y, type(r).__name__)
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
sl = copy.deepcopy(Slotted()); print(sl.a, hasattr(sl, 'b'))
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Custom('copied ' + self.v)
    def __deepcopy__(self, memo):
        return Custom('deep ' + self.v)
print(copy.copy(Custom('x')).v, copy.deepcopy(Custom('y')).v, copy.deepcopy([Custom('z')])[0].v)
class State:
    def __init__(self):
        self.data = 1
    def __getstate__(self):
        return {'data': self.data * 10}
    def __setstate__(self, st):
        self.data = st['data'] + 1
print(copy.copy(State()).data, copy.deepcopy(State()).data)
P = namedtuple('P', 'x y'); np_ = copy.deepcopy(P([1], 2)); print(np_, type(np_).__name__)
class MyList(list):
    pass
ml = MyList([1, [2]]); ml.tag = 't'; mc = copy.deepcopy(ml); print(mc, type(mc).__name__, mc.tag, mc[1] is ml[1])
print(copy.deepcopy(OrderedDict(a=[1])), copy.copy(defaultdict(list, b=[2])), copy.deepcopy(deque([1, [2]], maxlen=5)), copy.copy(Counter('aab')))
print(copy.copy(len) is len, copy.deepcopy(Point) is Point, copy.deepcopy({1, 2}), copy.copy(frozenset([3])))
class R:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (R, (self.v * 2,))
class RX:
    def __init__(self, v):
        self.v = v
    def __reduce_ex__(self, proto):
        return (RX, (self.v + 100,), {'extra': proto})
print(copy.copy(R(3)).v, copy.deepcopy(R(4)).v, copy.copy(RX(1)).v, copy.deepcopy(RX(1)).extra)
class Node:
    def __init__(self):
        self.me = self
    def __reduce__(self):
        return (Node.__new__, (Node,), {'me': self})
n2 = copy.deepcopy(Node()); print(n2.me is n2)
