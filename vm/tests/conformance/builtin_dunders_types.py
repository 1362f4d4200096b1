# int's operator methods return NotImplemented for non-int operands (floats included);
# float's accept ints; subclasses inherit both. The empty tuple is a singleton.
print((5).__rpow__(2), (5).__floordiv__(1.5), (1).__eq__(1.0), (1).__lt__('a'), (1.0).__eq__(1),
      (2.5).__add__(1), (1).__add__(True), True.__and__(1), (3).__radd__(1.5))


class I(int):
    pass


print(I(3).__mul__(2.0), I(3) * 2.0, 3 * I(2), I(4).__sub__(1))


class F(float):
    pass


print(F(1.5).__add__(1), 1 + F(1.5))
empty = ()
print(empty is tuple(), tuple([]) is empty, (1,)[1:] is empty, tuple(x for x in []) is empty)
print(int.__eq__(3, 3), int.__ne__(3, 3.0), float.__lt__(1.0, 2), int.__lt__(1, 2.0))
