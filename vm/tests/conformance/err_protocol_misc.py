# Protocols blocked with None, min/max comparison direction, sort's reverse= conversion,
# and format-spec error messages naming the spec and the type.
class R:
    __reversed__ = None
class C:
    __contains__ = None
class I:
    __iter__ = None
class H:
    __hash__ = None
tests = [lambda: reversed(R()), lambda: 1 in C(), lambda: iter(I()), lambda: list(I()), lambda: hash(H()),
         lambda: max([1, 'a']), lambda: min([1, 'a']), lambda: max('a', 1), lambda: sorted([3, 1], reverse=None),
         lambda: sorted([3, 1], reverse=1.5), lambda: sorted([3, 1, 2], reverse=2), lambda: [2, 1].sort(reverse=0),
         lambda: '{0.}'.format(1), lambda: '{:#}'.format('s'), lambda: '{: }'.format('s'), lambda: format(1, 'abc'),
         lambda: format(1.5, 'xyz'), lambda: format('s', 'qq'), lambda: f'{1:abc}', lambda: '{0.real.}'.format(1)]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
