"""typing.NamedTuple and typing.TypedDict: class syntax for namedtuples and dicts.

`class P(NamedTuple)` lists P's annotations as fields; the base is replaced (through
`__mro_entries__`) by a placeholder class whose metaclass builds a
collections.namedtuple instead. TypedDict classes describe dicts: calling one makes a
plain dict.
"""

import collections
import sys


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        defaults = []
        for name in types:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow "
                                f"default field{'s' if len(defaults) > 1 else ''} "
                                f"{', '.join(n for n in types if n in ns)}")
        nm_tpl = collections.namedtuple(typename, list(types), defaults=defaults,
                                        module=ns.get('__module__', '__main__'))
        nm_tpl.__annotations__ = dict(types)
        for key, value in ns.items():
            if key in ('__module__', '__qualname__', '__annotations__', '__orig_bases__'):
                continue
            if key in ('_make', '_asdict', '_replace', '_fields', '__new__', '__init__',
                       '__getnewargs__', '_field_defaults', '_source'):
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in nm_tpl._fields:
                setattr(nm_tpl, key, value)
        return nm_tpl


_NamedTuple = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed namedtuple: class P(NamedTuple): x: int, or NamedTuple('P', [('x', int)])."""
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    module = sys._getframemodulename(1) or '__main__'
    nm_tpl = collections.namedtuple(typename, [n for n, _ in fields], module=module)
    nm_tpl.__annotations__ = dict(fields)
    return nm_tpl


NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        tp = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        tp.__annotations__ = annotations
        keys = frozenset(annotations)
        tp.__required_keys__ = keys if total else frozenset()
        tp.__optional_keys__ = frozenset() if total else keys
        tp.__total__ = total
        return tp

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys (checked by type checkers, not at run time)."""
    ns = {'__annotations__': dict(fields or kwargs)}
    ns['__module__'] = sys._getframemodulename(1) or '__main__'
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)
