# string.Formatter: parse, vformat, field lookup and overridable hooks
import string
f = string.Formatter()
print(f.format('{0}-{name!r:>5}-{x[1]}-{y.real}', 'a', name='X', x=[1, 2], y=3))
print(list(f.parse('a{0}b{1:>3}c{{d}}{e!s:{w}}')), list(f.parse('')), list(f.parse('plain')))
print(f.vformat('{} {}', (1, 2), {}), f.format('{:{}{}}', 7, '>', 4), f.format('{0[a]}', {'a': 'dict'}))
class Default(string.Formatter):
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, '?') if isinstance(key, str) else args[key]
print(Default().format('{a} {b}', a=1))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def convert_field(self, value, conversion):
        return value if conversion != 'l' else str(value).lower()
print(Upper().format('{0} {1:>6} {2!l}', 'abc', 'de', 'XYZ'))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise ValueError(f'unused: {sorted(extra)}')
try:
    Strict().format('{a}', a=1, b=2)
except ValueError as e:
    print('ValueError:', e)
for bad in [('{0} {}', 1, 2), ('{', 1), ('}', 1), ('{0!x}', 1), ('{0', 1), ('{} {0}', 1)]:
    try:
        f.format(*bad)
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ':', e)
