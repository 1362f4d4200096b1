# enum: members, lookups, aliases, auto, IntEnum/StrEnum/Flag/IntFlag, functional API, unique
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
    def describe(self):
        return self.name.lower()
print(repr(Color.RED), str(Color.RED), f'{Color.RED}', format(Color.RED, '>12'), Color(1), Color['GREEN'], list(Color), len(Color), Color.CRIMSON is Color.RED, Color.__members__)
print(repr(Color), Color.RED.describe(), hash(Color.RED) == hash('RED'), Color.RED == 1, Color.RED in Color, type(Color.RED))
for f in [lambda: Color(5), lambda: Color['X'], lambda: setattr(Color, 'RED', 3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print(e)
class N(IntEnum):
    A = auto()
    B = auto()
print(repr(N.A), str(N.A), f'{N.B}', N.A + 1, N.B == 2, N(2), sorted([N.B, N.A]), isinstance(N.A, int))
class S(StrEnum):
    X = auto()
    Y = 'why'
print(repr(S.X), str(S.X), S.Y.upper(), S('why'), S.X == 'x')
class P(Flag):
    R = auto()
    W = auto()
    X = auto()
print(repr(P.R | P.W), str(P.R | P.W), P.R in (P.R | P.W), list(P.R | P.X), repr(P(0)), bool(P(0)), repr(~P.R), P(3), len(P.R | P.W | P.X))
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IP.R | IP.W), str(IP.R | IP.W), IP.R | 1, repr(IP(7)))
A = Enum('Animal', 'ANT BEE CAT'); print(list(A), A.BEE.value, repr(A))
B = Enum('B', [('X', 10), ('Y', 20)]); print(list(B))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
print(Planet.EARTH.mass, Planet.EARTH.value, Planet.MARS.gravity, Planet((6.42e23, 3.39e6)))
class Auto(Enum):
    A = auto()
    B = 10
    C = auto()
print(list(Auto), [m.value for m in Auto], Color.RED.name, Color.RED.value, isinstance(Color.RED, Color))
def react(c):
    match c:
        case Color.RED:
            return 'stop'
        case Color.GREEN:
            return 'go'
print(react(Color.RED), react(Color.GREEN), {Color.RED: 'r'}[Color.CRIMSON], sorted(Color, key=lambda m: m.value, reverse=True))
class Status(Enum):
    ACTIVE = 'active'
    @classmethod
    def _missing_(cls, value):
        return cls.ACTIVE if str(value).lower() == 'active' else None
print(Status('ACTIVE'), Status.ACTIVE.value)
