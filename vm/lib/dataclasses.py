"""Data classes (pyrite's own implementation of CPython 3.11's `dataclasses`).

@dataclass reads the class's annotations (after those of dataclass bases), turns each
into a Field, and adds the methods the parameters ask for. `__init__` is compiled from
generated source, so argument errors read exactly as CPython's
(`Point.__init__() missing 1 required positional argument: 'y'`).
"""

import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        t = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{t}]'


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()
_FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR = 'field', 'classvar', 'initvar'


class Field:
    """Information about one field of a dataclass."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},'
                f'repr={self.repr!r},hash={self.hash!r},compare={self.compare!r},'
                f'metadata={self.metadata!r},kw_only={self.kw_only!r},'
                f'_field_type={self._field_type})')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe a dataclass field with options beyond its default value."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(('ClassVar', 'typing.ClassVar'))
    r = repr(annotation)
    return r == 'typing.ClassVar' or r.startswith('typing.ClassVar[')


def _make_field(cls, name, annotation, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    f = default if isinstance(default, Field) else field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif isinstance(annotation, InitVar) or annotation is InitVar or (
            isinstance(annotation, str) and annotation.startswith('InitVar')):
        f._field_type = _FIELD_INITVAR
    if f._field_type is _FIELD and f.kw_only is MISSING:
        f.kw_only = default_kw_only
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError(f'field {name} cannot have a default factory')
        f.kw_only = False if f.kw_only is MISSING else f.kw_only
    if f._field_type is _FIELD and type(f.default).__hash__ is None \
            and not isinstance(f.default, type(MISSING)):
        raise ValueError(f'mutable default {type(f.default)} for field {name} is not '
                         'allowed: use default_factory')
    return f


def _exec_method(cls, name, args, body, env):
    src = f'def {name}({", ".join(args)}):\n' + '\n'.join(f'  {b}' for b in body or ['pass'])
    ns = {}
    exec(src, env, ns)
    fn = ns[name]
    fn.__qualname__ = f'{cls.__qualname__}.{name}'
    return fn


def _init_fn(cls, all_fields, std_fields, kw_fields, frozen, has_post_init):
    env = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
           '__dataclass_builtins_object__': object}
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')

    def param(f):
        if f.default is not MISSING:
            env[f'_dflt_{f.name}'] = f.default
            return f'{f.name}=_dflt_{f.name}'
        if f.default_factory is not MISSING:
            return f'{f.name}=_HAS_DEFAULT_FACTORY'
        return f.name

    args = ['self'] + [param(f) for f in std_fields if f.init]
    if kw_fields:
        args += ['*'] + [param(f) for f in kw_fields if f.init]
    body = []
    for f in all_fields:
        if f._field_type is _FIELD_INITVAR:
            continue
        if f.default_factory is not MISSING:
            env[f'_factory_{f.name}'] = f.default_factory
            value = (f'_factory_{f.name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}'
                     if f.init else f'_factory_{f.name}()')
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            env[f'_dflt_{f.name}'] = f.default
            value = f'_dflt_{f.name}'
        else:
            continue
        if frozen:
            body.append(f'__dataclass_builtins_object__.__setattr__(self, {f.name!r}, {value})')
        else:
            body.append(f'self.{f.name} = {value}')
    if has_post_init:
        initvars = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]
        body.append(f'self.__post_init__({", ".join(initvars)})')
    return _exec_method(cls, '__init__', args, body, env)


_repr_running = set()


def _repr_fn(flds):
    names = [f.name for f in flds if f.repr]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            inner = ', '.join(f'{n}={getattr(self, n)!r}' for n in names)
        finally:
            _repr_running.discard(key)
        return f'{self.__class__.__qualname__}({inner})'
    return __repr__


def _tuple_src(var, names):
    return '(' + ''.join(f'{var}.{n},' for n in names) + ')'


def _cmp_fn(cls, name, op, names):
    """A comparison method compiled from source, comparing field tuples with `op`."""
    body = ['if other.__class__ is self.__class__:',
            f'  return {_tuple_src("self", names)} {op} {_tuple_src("other", names)}',
            'return NotImplemented']
    return _exec_method(cls, name, ['self', 'other'], body, {})


def _hash_fn(cls, names):
    return _exec_method(cls, '__hash__', ['self'],
                        [f'return hash({_tuple_src("self", names)})'], {})


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq = init, repr, eq
        self.order, self.unsafe_hash, self.frozen = order, unsafe_hash, frozen

    def __repr__(self):
        return ('_DataclassParams(' + ','.join(f'{n}={getattr(self, n)!r}'
                                               for n in self.__slots__) + ')')


def _set_new(cls, name, value):
    if name in cls.__dict__:
        return True
    value.__qualname__ = f'{cls.__qualname__}.{name}'
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots):
    all_fields = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, '__dataclass_fields__', {}).values():
            all_fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    own_kw_only = kw_only
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or annotation == 'KW_ONLY':
            own_kw_only = True
            continue
        f = _make_field(cls, name, annotation, own_kw_only)
        all_fields[name] = f
        if isinstance(cls.__dict__.get(name), Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    flds = [f for f in all_fields.values() if f._field_type is _FIELD]
    init_fields = [f for f in all_fields.values() if f._field_type is not _FIELD_CLASSVAR]
    std = [f for f in init_fields if not f.kw_only]
    kws = [f for f in init_fields if f.kw_only]
    if init:
        _set_new(cls, '__init__', _init_fn(cls, init_fields, std, kws, frozen,
                                          hasattr(cls, '__post_init__')))
    if repr:
        _set_new(cls, '__repr__', _repr_fn(flds))
    cmp_names = [f.name for f in flds if f.compare]
    if eq:
        _set_new(cls, '__eq__', _cmp_fn(cls, '__eq__', '==', cmp_names))
    if order:
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]:
            if _set_new(cls, name, _cmp_fn(cls, name, op, cmp_names)):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using functools.total_ordering')
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in cls.__dataclass_fields__:
                raise FrozenInstanceError(f'cannot assign to field {name!r}')
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in cls.__dataclass_fields__:
                raise FrozenInstanceError(f'cannot delete field {name!r}')
            super(cls, self).__delattr__(name)
        for name, fn in [('__setattr__', __setattr__), ('__delattr__', __delattr__)]:
            if _set_new(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
    hash_names = [f.name for f in flds if (f.compare if f.hash is None else f.hash)]
    has_explicit_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _hash_fn(cls, hash_names)
    elif eq and frozen:
        cls.__hash__ = _hash_fn(cls, hash_names)
    elif eq and not has_explicit_hash:
        cls.__hash__ = None
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in std if f.init)
    if slots:
        cls = _add_slots(cls, flds)
    return cls


def _add_slots(cls, flds):
    ns = dict(cls.__dict__)
    names = tuple(f.name for f in flds)
    ns['__slots__'] = names
    for n in names:
        ns.pop(n, None)
    ns.pop('__dict__', None)
    return type(cls)(cls.__name__, cls.__bases__, ns)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    """Add __init__, __repr__, __eq__ (and more on request) from the class's fields."""
    def wrap(cls):
        if order and not eq:
            raise ValueError('eq must be true if order is true')
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots)
    return wrap if cls is None else wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or instance (ClassVar and InitVar excluded)."""
    try:
        all_fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def _convert(obj, factory):
    if _is_dataclass_instance(obj):
        items = [(f.name, _convert(getattr(obj, f.name), factory)) for f in fields(obj)]
        return factory(items)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory), _convert(v, factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, converting nested dataclasses."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple, converting nested dataclasses."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, lambda items: tuple_factory(v for _, v in items))


def replace(obj, /, **changes):
    """A new instance of obj's class with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot '
                                 'be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    """Create a dataclass from (name[, type[, Field]]) specifications."""
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        annotations[name] = tp
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
