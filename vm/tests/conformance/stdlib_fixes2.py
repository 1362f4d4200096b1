# dataclass params/comparisons/hash, copy of functools.partial, generic alias __name__
import copy, functools
from dataclasses import dataclass, field
from typing import Generic, TypeVar, List
@dataclass(order=True, frozen=True)
class Ev:
    t: float
    name: str = field(compare=False)
print(Ev.__dataclass_params__.frozen, Ev.__dataclass_params__.order, Ev.__dataclass_params__)
a, b = Ev(1.0, 'x'), Ev(2.0, 'y')
print(a < b, a <= b, b > a, a == Ev(1.0, 'other'), hash(a) == hash(Ev(1.0, 'z')), sorted([b, a])[0].name)
@dataclass
class Empty:
    pass
print(Empty() == Empty(), Empty() != Empty())
p = functools.partial(max, 1, key=abs)
p.note = 'n'
q = copy.copy(p); r = copy.deepcopy(p)
print(q(5), r(-7), q.func is max, q.args, q.keywords, q.note, r.note)
T = TypeVar('T')
class Repo(Generic[T]):
    pass
print(Repo[int].__name__, List[int].__name__, Repo[int].__qualname__)
