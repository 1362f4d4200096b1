# dataclasses: generated __init__/__repr__/__eq__, defaults, factories, order, frozen, helpers
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, make_dataclass

@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(2, 1), p == (1, 2), Point.__init__.__qualname__, Point.__match_args__)
@dataclass
class Inventory:
    name: str
    tags: list = field(default_factory=list)
    count: int = field(default=1, repr=False)
    secret: str = field(default='s', compare=False)
a, b = Inventory('a'), Inventory('a')
a.tags.append('x'); print(a, b, a.tags is not b.tags, Inventory('q', ['t'], 5) == Inventory('q', ['t'], 5, 'other'))
print([f.name for f in fields(Inventory)], fields(p)[0].type, asdict(a), astuple(a), is_dataclass(a), is_dataclass(Inventory), is_dataclass(3))
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(1, 5), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1), Version(2) >= Version(1, 9))
@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = 'b'
fz = Frozen(1)
try:
    fz.a = 2
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e, isinstance(e, AttributeError))
print(hash(fz) == hash(Frozen(1)), {fz: 1}[Frozen(1, 'b')], replace(fz, b='z'), fz)
print(Point.__hash__, hasattr(Point(1), '__dict__'))
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    def total(self):
        return self.value + sum(c.total() for c in self.children)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree.total(), asdict(tree))
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
print(WithPost(3), WithPost(3, 10), [f.name for f in fields(WithPost)])
@dataclass
class Base:
    x: int = 1
@dataclass
class Child(Base):
    y: int = 2
    z: str = 'z'
print(Child(), Child(5, 6, 'w'), [f.name for f in fields(Child)])
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 3
    c: int
print(KW(1, c=2), KW(1, b=5, c=6))
@dataclass(kw_only=True)
class AllKW:
    p: int
    q: int = 0
print(AllKW(p=1))
Dyn = make_dataclass('Dyn', [('u', int), ('v', str, field(default='vv'))])
print(Dyn(1), Dyn.__name__)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(1).__hash__ is not None)
@dataclass
class Rec:
    me: object = None
r = Rec(); r.me = r; print(r)
for f in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: replace(p, z=1), lambda: asdict(Point),
          lambda: field(default=1, default_factory=list), lambda: fields(3)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class Mut:
        items: list = []
except ValueError as e:
    print('ValueError:', e)
