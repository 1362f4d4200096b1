"""Names for the built-in types that have no builtins name (pyrite's `types`)."""

import sys


def _f():
    pass


async def _c():
    pass


async def _ag():
    yield


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
GeneratorType = type(_g())
_coro = _c()
CoroutineType = type(_coro)
_coro.close()
AsyncGeneratorType = type(_ag())
ModuleType = type(sys)
CellType = type((lambda x: lambda: x)(0).__closure__[0])
GenericAlias = type(list[int])
UnionType = type(int | str)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)
del _f, _c, _ag, _g, _C, _coro


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        if id(self) in _running:
            return f'{_ns_name(self)}(...)'
        _running.add(id(self))
        try:
            items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            _running.discard(id(self))
        return f'{_ns_name(self)}({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


_running = set()


def _ns_name(ns):
    return 'namespace' if type(ns) is SimpleNamespace else type(ns).__name__


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    kwds = dict(kwds or {})
    meta = kwds.pop('metaclass', type)
    resolved = resolve_bases(bases)
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    if resolved is not tuple(bases) and resolved != tuple(bases):
        ns['__orig_bases__'] = tuple(bases)
    return meta(name, resolved, ns, **kwds)


class mappingproxy:
    """A read-only view of a mapping (types.MappingProxyType)."""
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        if not hasattr(mapping, '__getitem__') or isinstance(mapping, (list, tuple)):
            raise TypeError(f'mappingproxy() argument must be a mapping, not '
                            f'{type(mapping).__name__}')
        object.__setattr__(self, '_mapping', mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)


MappingProxyType = mappingproxy


def resolve_bases(bases):
    """Resolve MRO entries (PEP 560) of the given bases."""
    out = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, '__mro_entries__'):
            out.append(base)
            continue
        changed = True
        out.extend(base.__mro_entries__(tuple(bases)))
    return tuple(out) if changed else tuple(bases)


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) for a class about to be created."""
    kwds = dict(kwds or {})
    meta = kwds.pop('metaclass', type(bases[0]) if bases else type)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds
