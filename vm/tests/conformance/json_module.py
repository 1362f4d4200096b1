# json: dumps options, loads with hooks, round trips and decode errors
import json
data = {'name': 'pyrite', 'version': [0, 1], 'fast': True, 'gc': None, 'ratio': 1.05, 'big': 2**70, 'neg': -3.5e-10,
        'nested': {'b': [1, {'c': []}], 'a': {}}, 'text': 'tab\there "quoted" \\ é 😀 \x01'}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, ensure_ascii=False, separators=(',', ':')))
print(json.dumps([1, [2, [3]]], indent='--'), json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps((1, 2)))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none'}), json.dumps([float('nan'), float('inf'), -float('inf'), 1e16, 0.1]))
print(json.dumps('\u2028\ud7ff'), json.dumps({'k': 1}, skipkeys=True), json.dumps({(1, 2): 1}, skipkeys=True))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps(Point(1, 2), default=lambda o: o.__dict__), json.dumps({'p': Point(3, 4)}, default=vars))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=Enc), Enc(indent=1).encode([1]))
text = json.dumps(data)
print(json.loads(text) == data, json.loads('[1, 2.5, -0, 1e3, 1E-2, "x", true, false, null, {}, []]'))
print(json.loads(' {"a" : [1, {"b": null}], "c": "\\u00e9\\ud83d\\ude00\\n"} '), json.loads('NaN') != json.loads('NaN'), json.loads('-Infinity'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1]', parse_int=float), json.loads('1.5', parse_float=str), json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[["a", 1], ["b", 2]]'), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads('"\\/"'))
for bad in ['', '[', '[1,]', '{"a" 1}', '{"a": 1,}', '{1: 2}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', '[1] x', 'nul', '01', '"\x01"', '{"a": }', '  \n  ]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
for bad in [lambda: json.dumps({(1, 2): 1}), lambda: json.dumps(object()), lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.loads(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
circ = []; circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print('ValueError:', e)
import os, time
name = f'_pyrite_json_{time.time_ns()}.json'
with open(name, 'w') as f:
    json.dump({'saved': [1, 2]}, f, indent=1)
with open(name) as f:
    print(json.load(f))
os.remove(name)
