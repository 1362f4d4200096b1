"""Type hints at run time (pyrite's own implementation of a subset of `typing`).

Covers what annotated programs use at run time: the special forms (Any, Union,
Optional, Literal, ClassVar, Final, Annotated...), the generic aliases of the
built-in and abstract containers (List[int], Dict[str, int], Callable[[int], str]),
TypeVar and Generic, Protocol, NamedTuple and TypedDict classes, NewType, cast,
overload, get_origin/get_args and get_type_hints. Reprs match CPython's.
"""

import collections
import collections.abc as _abc
import sys

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


class _Final:
    __slots__ = ()


class ForwardRef(_Final):
    """A string annotation kept for later evaluation: ForwardRef('Node')."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def _evaluate(self, globalns, localns):
        return eval(self.__forward_arg__, globalns, localns)


def _wrap_str(arg):
    return ForwardRef(arg) if isinstance(arg, str) else arg


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar...: subscripting builds an alias."""

    def __init__(self, name, getitem=None, doc=''):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        if self._name == 'Any':
            raise TypeError('Any cannot be instantiated')
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __reduce__(self):
        return self._name


class _GenericAlias(_Final):
    """A subscripted generic: origin plus arguments (List[int], Union[int, str])."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        args = args if isinstance(args, tuple) else (args,)
        if not (isinstance(origin, _SpecialForm) and origin._name in ('Literal', 'Annotated')):
            args = tuple(_wrap_str(a) for a in args)
        self.__args__ = args
        self._name = name
        self.__parameters__ = tuple(dict.fromkeys(
            a for arg in self.__args__ for a in _params_of(arg)))

    def __repr__(self):
        if self._name is None:
            name = _type_repr(self.__origin__)
        else:
            name = 'typing.' + self._name
        if self.__origin__ is Union and len(self.__args__) == 2 and type(None) in self.__args__:
            other = [a for a in self.__args__ if a is not type(None)][0]
            return f'typing.Optional[{_type_repr(other)}]'
        if self.__origin__ is _abc.Callable and self._name == 'Callable' and self.__args__:
            *params, result = self.__args__
            if len(params) == 1 and params[0] is ...:
                return f'typing.Callable[..., {_type_repr(result)}]'
            ps = ', '.join(_type_repr(p) for p in params)
            return f'typing.Callable[[{ps}], {_type_repr(result)}]'
        if not self.__args__:
            return f'{name}[()]'
        return f"{name}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if self.__origin__ is Union and type(other).__name__ == 'UnionType':
            return set(self.__args__) == set(other.__args__)
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self.__origin__ is Union and other.__origin__ is Union:
            return set(self.__args__) == set(other.__args__)
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        if self.__origin__ is Union:
            return hash(frozenset(self.__args__))
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        subst = dict(zip(self.__parameters__, args))
        new_args = tuple(_subst(a, subst) for a in self.__args__)
        return _GenericAlias(self.__origin__, new_args, self._name)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is Union or isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f'Cannot instantiate {self!r}')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if origin is Generic:
            return (Generic,) if not any(
                isinstance(b, type) and issubclass(b, Generic) for b in bases
                if b is not self) else ()
        return (origin,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _SpecialGenericAlias(_Final):
    """The unsubscripted aliases List, Dict, Iterable...: subscript them to specialise."""

    def __init__(self, origin, nparams, name):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Callable' and len(params) == 2:
            args, result = params
            params = (...,) + (result,) if args is ... else tuple(args) + (result,)
        elif self._name == 'Tuple' and params == ((),):
            params = ()
        elif self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f'Too {"many" if len(params) > self._nparams else "few"} '
                            f'arguments for {self}; actual {len(params)}, '
                            f'expected {self._nparams}')
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]


def _params_of(arg):
    if isinstance(arg, TypeVar):
        return (arg,)
    return getattr(arg, '__parameters__', ()) if isinstance(arg, _GenericAlias) else ()


def _subst(arg, subst):
    if isinstance(arg, TypeVar):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    return arg


def _flatten_union(params):
    out = []
    for p in params:
        p = type(None) if p is None else _wrap_str(p)
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in out:
                out.append(item)
    return tuple(out)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    params = _flatten_union(parameters)
    if len(params) == 1:
        return params[0]
    return _GenericAlias(Union, params)


def _optional_getitem(self, parameter):
    return Union[parameter, type(None)]


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, self._name)


def _one_arg(self, parameters):
    return _GenericAlias(self, (parameters,), self._name)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    alias = _GenericAlias(self, params, 'Annotated')
    alias.__metadata__ = params[1:]
    return alias


Any = _SpecialForm('Any', doc='Special type indicating an unconstrained type.')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
ClassVar = _SpecialForm('ClassVar', _one_arg)
Final = _SpecialForm('Final', _one_arg)
Required = _SpecialForm('Required', _one_arg)
NotRequired = _SpecialForm('NotRequired', _one_arg)
TypeGuard = _SpecialForm('TypeGuard', _one_arg)
Annotated = _SpecialForm('Annotated', _annotated_getitem)


class TypeVar(_Final):
    """Type variable: TypeVar('T'), TypeVar('N', int, float), TypeVar('B', bound=X)."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar('AnyStr', str, str)
AnyStr.__constraints__ = (str,)


class Generic:
    """Base of generic classes: class Stack(Generic[T]) makes Stack[int] valid."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError(f'Parameters to {cls.__name__}[...] must all be '
                                    'type variables')
        else:
            expected = len(getattr(cls, '__parameters__', ()))
            if len(params) != expected:
                raise TypeError(f"Too {'many' if len(params) > expected else 'few'} "
                                f'arguments for {cls}; actual {len(params)}, '
                                f'expected {expected}')
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            for p in getattr(base, '__parameters__', ()):
                if p not in params:
                    params.append(p)
        cls.__parameters__ = tuple(params)


class _ProtocolMeta(type):
    def __instancecheck__(cls, obj):
        if cls.__dict__.get('_is_runtime_protocol'):
            return all(hasattr(obj, m) for m in cls._protocol_members)
        if cls.__dict__.get('_is_protocol'):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        return cls in type(obj).__mro__


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of structural types; @runtime_checkable enables isinstance checks."""
    __slots__ = ()

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        cls._is_protocol = any(b is Protocol or b.__dict__.get('_is_protocol')
                               for b in cls.__bases__)


_SKIP = {'__module__', '__qualname__', '__doc__', '__dict__', '__weakref__', '__slots__',
         '__annotations__', '__parameters__', '__orig_bases__', '_is_protocol',
         '__init_subclass__', '__abstractmethods__', '__init__', '__class_getitem__'}


def runtime_checkable(cls):
    """Let isinstance() check that an object has all of a Protocol's members."""
    if not cls.__dict__.get('_is_protocol'):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, '
                        f'got {cls!r}')
    members = []
    for base in cls.__mro__:
        if base.__dict__.get('_is_protocol'):
            names = list(base.__dict__) + list(base.__dict__.get('__annotations__', {}))
            members += [n for n in names if n not in _SKIP and n not in members]
    cls._protocol_members = members
    cls._is_runtime_protocol = True
    return cls


List = _SpecialGenericAlias(list, 1, 'List')
Dict = _SpecialGenericAlias(dict, 2, 'Dict')
Set = _SpecialGenericAlias(set, 1, 'Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet')
Tuple = _SpecialGenericAlias(tuple, -1, 'Tuple')
Type = _SpecialGenericAlias(type, 1, 'Type')
Deque = _SpecialGenericAlias(collections.deque, 1, 'Deque')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(collections.Counter, 1, 'Counter')
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, 'ChainMap')
Callable = _SpecialGenericAlias(_abc.Callable, -1, 'Callable')
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, 'Iterable')
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, 'Iterator')
Generator = _SpecialGenericAlias(_abc.Generator, 3, 'Generator')
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, 'Reversible')
Container = _SpecialGenericAlias(_abc.Container, 1, 'Container')
Collection = _SpecialGenericAlias(_abc.Collection, 1, 'Collection')
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, 'MutableSequence')
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, 'MutableMapping')
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, 'MutableSet')
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1, 'AsyncIterator')
Hashable = _abc.Hashable
Sized = _abc.Sized
Text = str


def cast(typ, val):
    """Return val unchanged (a hint for type checkers)."""
    return val


def final(f):
    """Mark a method or class final (recorded as __final__ = True)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def _overload_dummy(*args, **kwds):
    raise NotImplementedError('You should not call an overloaded function. A series of '
                              '@typing.overload-decorated functions outside a stub module '
                              'should always be followed by an implementation that is not '
                              '@typing.overload-ed.')


def overload(func):
    """Decorator for overloaded signatures; the undecorated definition replaces them."""
    return _overload_dummy


def no_type_check(arg):
    return arg


def assert_never(arg, /):
    raise AssertionError(f'Expected code to be unreachable, but got: {arg!r}')


def reveal_type(obj, /):
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


class NewType:
    """NewType('UserId', int): a callable returning its argument, named for checkers."""

    def __init__(self, name, tp):
        self.__qualname__ = self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = sys._getframemodulename(1) or '__main__'

    def __call__(self, x):
        return x

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _GenericAlias):
        if isinstance(tp.__origin__, _SpecialForm) and tp.__origin__._name == 'Annotated':
            return tp.__origin__
        return tp.__origin__
    if isinstance(tp, _SpecialGenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    origin = getattr(tp, '__origin__', None)
    return origin if type(tp).__name__ in ('GenericAlias', 'UnionType') else None


def get_args(tp):
    """The arguments of a subscripted type: get_args(Dict[str, int]) == (str, int)."""
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if tp._name == 'Callable' and args and args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    if type(tp).__name__ in ('GenericAlias', 'UnionType'):
        return tp.__args__
    return ()


def _eval(value, globalns, localns, include_extras=False):
    if isinstance(value, str):
        value = eval(value, globalns, localns)
    value = _eval_refs(value, globalns, localns)
    if value is None:
        return type(None)
    if not include_extras:
        value = _strip_annotations(value)
    return value


def _eval_refs(t, globalns, localns):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns)
    if isinstance(t, _GenericAlias):
        args = tuple(_eval_refs(a, globalns, localns) for a in t.__args__)
        if args != t.__args__:
            if t.__origin__ is Union:
                return Union[args]
            return _GenericAlias(t.__origin__, args, t._name)
    return t


def _strip_annotations(t):
    if isinstance(t, _GenericAlias):
        if isinstance(t.__origin__, _SpecialForm) and t.__origin__._name == 'Annotated':
            return _strip_annotations(t.__args__[0])
        args = tuple(_strip_annotations(a) for a in t.__args__)
        if args != t.__args__:
            return _GenericAlias(t.__origin__, args, t._name)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Annotations of a function, class or module, with string annotations evaluated."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            mod = sys.modules.get(base.__module__)
            g = globalns if globalns is not None else getattr(mod, '__dict__', {})
            for name, value in ann.items():
                hints[name] = _eval(value, g, dict(vars(base)) if localns is None else localns,
                                    include_extras)
        return hints
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    if globalns is None:
        globalns = getattr(obj, '__globals__', getattr(obj, '__dict__', {}))
    return {name: _eval(value, globalns, localns, include_extras)
            for name, value in ann.items()}


from _typing_classes import NamedTuple, TypedDict  # noqa: E402

__all__ = [n for n in list(globals()) if not n.startswith('_')
           and n not in ('collections', 'sys')]
