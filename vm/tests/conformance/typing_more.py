# typing: unions against X | Y, forward references, hint normalisation, generic arity
from typing import *
import typing
T = TypeVar('T')
print((int | str) == Union[int, str], Union[int, str] == (str | int), (int | None) == Optional[int], hash(int | str) == hash(Union[int, str]))
print(Optional['Rec'], List['Node'], Dict[str, 'X'], Union['A', int], Literal['a'], typing.ForwardRef('Z'), List['N'] == List['N'])
def go(d: Annotated[float, 'm'], e: 'int', f: Optional['int'] = None) -> None:
    pass
print(get_type_hints(go), get_type_hints(go, include_extras=True)['d'])
class Box(Generic[T]):
    pass
for args in [(int, str), ()]:
    try:
        Box[args]
    except TypeError as e:
        print('TypeError:', e)
print(Box[int])
