# Argument-count and keyword errors of built-in functions and methods use CPython 3.11's
# wording, which differs between calling conventions.
import math, sys

objs = {'str': 'abc', 'list': [1, 2], 'dict': {1: 2}, 'set': {1}, 'frozenset': frozenset([1]),
        'tuple': (1,), 'int': 5, 'float': 1.5, 'range': range(3)}
cases = [('str', 'capitalize', 6, False), ('str', 'capitalize', 0, True),
 ('str', 'casefold', 6, False), ('str', 'casefold', 0, True), ('str', 'center', 6, False),
 ('str', 'center', 0, True), ('str', 'count', 6, False), ('str', 'count', 0, True),
 ('str', 'endswith', 6, False), ('str', 'endswith', 0, True), ('str', 'expandtabs', 6, False),
 ('str', 'expandtabs', 0, True), ('str', 'find', 6, False), ('str', 'find', 0, True),
 ('str', 'format', 6, False), ('str', 'format', 0, True), ('str', 'format_map', 6, False),
 ('str', 'format_map', 0, True), ('str', 'index', 6, False), ('str', 'index', 0, True),
 ('str', 'isalnum', 6, False), ('str', 'isalnum', 0, True), ('str', 'isalpha', 6, False),
 ('str', 'isalpha', 0, True), ('str', 'isascii', 6, False), ('str', 'isascii', 0, True),
 ('str', 'isdecimal', 6, False), ('str', 'isdecimal', 0, True), ('str', 'isdigit', 6, False),
 ('str', 'isdigit', 0, True), ('str', 'isidentifier', 6, False),
 ('str', 'isidentifier', 0, True), ('str', 'islower', 6, False), ('str', 'islower', 0, True),
 ('str', 'isnumeric', 6, False), ('str', 'isnumeric', 0, True),
 ('str', 'isprintable', 6, False), ('str', 'isprintable', 0, True),
 ('str', 'isspace', 6, False), ('str', 'isspace', 0, True), ('str', 'istitle', 6, False),
 ('str', 'istitle', 0, True), ('str', 'isupper', 6, False), ('str', 'isupper', 0, True),
 ('str', 'join', 6, False), ('str', 'join', 0, True), ('str', 'ljust', 6, False),
 ('str', 'ljust', 0, True), ('str', 'lower', 6, False), ('str', 'lower', 0, True),
 ('str', 'lstrip', 6, False), ('str', 'lstrip', 0, True), ('str', 'maketrans', 6, False),
 ('str', 'maketrans', 0, True), ('str', 'partition', 6, False), ('str', 'partition', 0, True),
 ('str', 'removeprefix', 6, False), ('str', 'removeprefix', 0, True),
 ('str', 'removesuffix', 6, False), ('str', 'removesuffix', 0, True),
 ('str', 'replace', 6, False), ('str', 'replace', 0, True), ('str', 'rfind', 6, False),
 ('str', 'rfind', 0, True), ('str', 'rindex', 6, False), ('str', 'rindex', 0, True),
 ('str', 'rjust', 6, False), ('str', 'rjust', 0, True), ('str', 'rpartition', 6, False),
 ('str', 'rpartition', 0, True), ('str', 'rsplit', 6, False), ('str', 'rsplit', 0, True),
 ('str', 'rstrip', 6, False), ('str', 'rstrip', 0, True), ('str', 'split', 6, False),
 ('str', 'split', 0, True), ('str', 'splitlines', 6, False), ('str', 'splitlines', 0, True),
 ('str', 'startswith', 6, False), ('str', 'startswith', 0, True), ('str', 'strip', 6, False),
 ('str', 'strip', 0, True), ('str', 'swapcase', 6, False), ('str', 'swapcase', 0, True),
 ('str', 'title', 6, False), ('str', 'title', 0, True), ('str', 'translate', 6, False),
 ('str', 'translate', 0, True), ('str', 'upper', 6, False), ('str', 'upper', 0, True),
 ('str', 'zfill', 6, False), ('str', 'zfill', 0, True), ('list', 'append', 6, False),
 ('list', 'append', 0, True), ('list', 'clear', 6, False), ('list', 'clear', 0, True),
 ('list', 'copy', 6, False), ('list', 'copy', 0, True), ('list', 'count', 6, False),
 ('list', 'count', 0, True), ('list', 'extend', 6, False), ('list', 'extend', 0, True),
 ('list', 'index', 6, False), ('list', 'index', 0, True), ('list', 'insert', 6, False),
 ('list', 'insert', 0, True), ('list', 'pop', 6, False), ('list', 'pop', 0, True),
 ('list', 'remove', 6, False), ('list', 'remove', 0, True), ('list', 'reverse', 6, False),
 ('list', 'reverse', 0, True), ('list', 'sort', 0, True), ('dict', 'clear', 6, False),
 ('dict', 'clear', 0, True), ('dict', 'copy', 6, False), ('dict', 'copy', 0, True),
 ('dict', 'fromkeys', 6, False), ('dict', 'fromkeys', 0, True), ('dict', 'get', 6, False),
 ('dict', 'get', 0, True), ('dict', 'items', 6, False), ('dict', 'items', 0, True),
 ('dict', 'keys', 6, False), ('dict', 'keys', 0, True), ('dict', 'pop', 6, False),
 ('dict', 'pop', 0, True), ('dict', 'popitem', 6, False), ('dict', 'popitem', 0, True),
 ('dict', 'setdefault', 6, False), ('dict', 'setdefault', 0, True),
 ('dict', 'update', 6, False), ('dict', 'update', 0, True), ('dict', 'values', 6, False),
 ('dict', 'values', 0, True), ('set', 'add', 6, False), ('set', 'add', 0, True),
 ('set', 'clear', 6, False), ('set', 'clear', 0, True), ('set', 'copy', 6, False),
 ('set', 'copy', 0, True), ('set', 'difference', 6, False), ('set', 'difference', 0, True),
 ('set', 'difference_update', 6, False), ('set', 'difference_update', 0, True),
 ('set', 'discard', 6, False), ('set', 'discard', 0, True), ('set', 'intersection', 6, False),
 ('set', 'intersection', 0, True), ('set', 'intersection_update', 6, False),
 ('set', 'intersection_update', 0, True), ('set', 'isdisjoint', 6, False),
 ('set', 'isdisjoint', 0, True), ('set', 'issubset', 6, False), ('set', 'issubset', 0, True),
 ('set', 'issuperset', 6, False), ('set', 'issuperset', 0, True), ('set', 'pop', 6, False),
 ('set', 'pop', 0, True), ('set', 'remove', 6, False), ('set', 'remove', 0, True),
 ('set', 'symmetric_difference', 6, False), ('set', 'symmetric_difference', 0, True),
 ('set', 'symmetric_difference_update', 6, False),
 ('set', 'symmetric_difference_update', 0, True), ('set', 'union', 6, False),
 ('set', 'union', 0, True), ('set', 'update', 6, False), ('set', 'update', 0, True),
 ('frozenset', 'copy', 6, False), ('frozenset', 'copy', 0, True),
 ('frozenset', 'difference', 6, False), ('frozenset', 'difference', 0, True),
 ('frozenset', 'intersection', 6, False), ('frozenset', 'intersection', 0, True),
 ('frozenset', 'isdisjoint', 6, False), ('frozenset', 'isdisjoint', 0, True),
 ('frozenset', 'issubset', 6, False), ('frozenset', 'issubset', 0, True),
 ('frozenset', 'issuperset', 6, False), ('frozenset', 'issuperset', 0, True),
 ('frozenset', 'symmetric_difference', 6, False),
 ('frozenset', 'symmetric_difference', 0, True), ('frozenset', 'union', 6, False),
 ('frozenset', 'union', 0, True), ('tuple', 'count', 6, False), ('tuple', 'count', 0, True),
 ('tuple', 'index', 6, False), ('tuple', 'index', 0, True),
 ('int', 'as_integer_ratio', 6, False), ('int', 'as_integer_ratio', 0, True),
 ('int', 'bit_count', 6, False), ('int', 'bit_count', 0, True),
 ('int', 'bit_length', 6, False), ('int', 'bit_length', 0, True),
 ('int', 'conjugate', 6, False), ('int', 'conjugate', 0, True),
 ('float', 'as_integer_ratio', 6, False), ('float', 'as_integer_ratio', 0, True),
 ('float', 'conjugate', 6, False), ('float', 'conjugate', 0, True), ('float', 'hex', 6, False),
 ('float', 'hex', 0, True), ('float', 'is_integer', 6, False),
 ('float', 'is_integer', 0, True), ('range', 'count', 6, False), ('range', 'count', 0, True),
 ('range', 'index', 6, False), ('range', 'index', 0, True)]
for tn, m, n, kw in cases:
    f = getattr(objs[tn], m)
    try:
        f(*(1,) * n, **({'zz': 1} if kw else {}))
        r = 'ok'
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(tn, m, n, kw, '|', r)

calls = ['math.isclose(1,2,zz=1)', 'math.prod([], zz=1)', 'enumerate([], zz=1)', 'print(zz=1)',
 '"a".split("a", 1, 2)', '"a".split("a", sep="a")', '"a".splitlines(1, 2)', '"a".split()',
 'sorted([], None)', 'sorted()', '"".count()', '[].insert(1)', 'divmod(1)', 'isinstance(1)',
 'getattr(1)', 'setattr(1, 2)', 'pow(1)', 'round()', 'max()', 'sum()', 'print(1, sep=1)',
 'hasattr(1)', 'delattr(1)', 'issubclass(1)', 'iter()', 'next()', 'format()', 'chr()', 'ord()',
 'len()', 'abs()', 'hash()', 'repr()', 'callable()', 'id()', 'hex()', 'bin()', 'oct()',
 'any()', 'all()', '{}.get()', '{}.pop()', '{}.setdefault()', '[].pop(1,2)', '[].index()',
 '"".join()', '"".replace(1)', '"".center()', '"".zfill()', '"".strip(1,2)', '"".partition()',
 'set().add()', 'set().discard()', 'set().remove()', '"".ljust()', '"".rjust(1,2,3)',
 '"".startswith()', 'range()', 'zip(zz=1)', 'map()', 'filter()', 'reversed()', 'min()',
 'list(1,2)', 'tuple(1,2)', 'dict(1,2)', 'set(1,2)', 'int(1,2,3)', 'float(1,2)', 'bool(1,2)',
 'type(1,2)', 'object(1)']
for t in calls:
    try:
        eval(t)
        print(t, 'ok')
    except Exception as e:
        print(t, '|', type(e).__name__, e)
