"""Abstract base classes (pyrite's own implementation of `abc`).

ABCMeta records, in `__abstractmethods__`, the names of a class's methods still marked
abstract (by its own body or inherited and not overridden); the interpreter refuses to
instantiate a class whose set is non-empty. `register()` declares virtual subclasses,
and `__subclasshook__` lets a class decide isinstance/issubclass structurally.
"""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token',
           'update_abstractmethods']

_token = [0]


def abstractmethod(funcobj):
    """Decorator marking a method abstract."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A classmethod that is also abstract (deprecated spelling)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A staticmethod that is also abstract (deprecated spelling)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A property that is also abstract (deprecated spelling)."""
    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    for part in ('__func__', 'fget', 'fset', 'fdel'):
        inner = getattr(value, part, None)
        if inner is not None and getattr(inner, '__isabstractmethod__', False):
            return True
    return False


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ (after methods were added or replaced)."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = frozenset()
        update_abstractmethods(cls)
        cls._abc_registry = []
        cls._abc_subclasses = []
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_version = _token[0]
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns the subclass."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        _token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        """Real subclass, __subclasshook__, registered class, or a subclass of one of
        this ABC's subclasses; answers are cached until the next register()."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_version < _token[0]:
            cls._abc_negative_cache = set()
            cls._abc_negative_version = _token[0]
        elif subclass in cls._abc_negative_cache:
            return False
        result = cls._compute_subclasscheck(subclass)
        (cls._abc_cache if result else cls._abc_negative_cache).add(subclass)
        return result

    def _compute_subclasscheck(cls, subclass):
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        if cls in subclass.__mro__:
            return True
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        for scls in cls._abc_subclasses:
            if issubclass(subclass, scls):
                return True
        return False

    def _dump_registry(cls, file=None):
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        print(f'Inv. counter: {get_cache_token()}', file=file)


def get_cache_token():
    """A token that changes whenever a virtual subclass is registered."""
    return _token[0]


class ABC(metaclass=ABCMeta):
    """Helper class: subclass it to make an ABC."""
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented
