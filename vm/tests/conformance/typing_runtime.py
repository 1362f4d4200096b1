# typing: runtime behaviour of hints (reprs, origins/args, Generic, NamedTuple, TypedDict)
import typing as t
from typing import *
T = TypeVar('T'); K = TypeVar('K', covariant=True); S = TypeVar('S', int, str); B = TypeVar('B', bound=int)
print(T, K, S, B, T.__name__, S.__constraints__, B.__bound__)
print(List, List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int], Union[int, None], Optional[Union[int, str]], Union[int, Union[str, int]])
print(Callable[[int, str], bool], Callable[..., int], Callable, Tuple[int, ...], Tuple[()], Tuple, Any, Literal[1, 'a'], Iterable[int], Type[int], Set[T], List[T][int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_args(Callable[[int], str]), get_origin(int))
class Stack(Generic[T]):
    def __init__(self):
        self.items = []
    def push(self, item: T) -> None:
        self.items.append(item)
print(Stack[int], Stack.__parameters__, Stack.__mro__)
s = Stack[int](); s.push(3); print(type(s).__name__, s.items, s.__orig_class__)
class P(NamedTuple):
    x: int
    y: str = 'a'
    def m(self):
        return self.x
print(P(1), P(1).m(), P.__annotations__, P._fields, P.__mro__, P(2, 'b') == (2, 'b'))
Q = NamedTuple('Q', [('a', int), ('b', float)]); print(Q(1, 2.0), Q._fields)
class M(TypedDict):
    name: str
    year: int
m = M(name='x', year=1); print(m, type(m), sorted(M.__required_keys__), M.__annotations__)
print(cast(int, 'x'), List[int] == List[int], hash(List[int]) == hash(List[int]), Optional[int] == Union[int, None], Union[int, str] == Union[str, int])
try:
    isinstance([], List[int])
except TypeError as e:
    print('TypeError:', e)
print(isinstance([], List), isinstance({}, t.Mapping), t.Mapping, t.Sequence[int], issubclass(dict, t.MutableMapping))
UserId = NewType('UserId', int); print(UserId(5), UserId)
print(Annotated[int, 'meta'], ClassVar[int], Final[int], t.TYPE_CHECKING, Annotated[int, 'm'].__metadata__)
@overload
def f(x: int) -> int: ...
def f(x):
    return x
print(f(3))
def g(a: 'int', b: List[int] = None) -> str:
    pass
print(get_type_hints(g), get_type_hints(P))
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
class Res:
    def close(self):
        pass
print(isinstance(Res(), Closer), isinstance(3, Closer))
class NotRT(Protocol):
    def go(self): ...
try:
    isinstance(Res(), NotRT)
except TypeError as e:
    print('TypeError:', e)
def first(xs: Sequence[T]) -> T:
    return xs[0]
print(first([9, 8]), first.__annotations__['xs'], Optional[List[T]][int] if False else 'skip')
try:
    Union[()]
except TypeError as e:
    print('TypeError:', e)
try:
    Any()
except TypeError as e:
    print('TypeError:', e)
