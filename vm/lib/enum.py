"""Enumerations (pyrite's own implementation of CPython 3.11's `enum`).

EnumType turns the plain names of a class body (not dunders, _sunder_ names or
descriptors such as methods) into members: instances of the class made once, in
definition order, with `_name_` and `_value_`. A value seen before makes an alias of
the first member. Calling the class looks a member up by value; subscripting, by name.
IntEnum/StrEnum members are also ints/strs; Flag members combine with | & ^ ~, and
combinations are made (and cached) on demand.
"""

import builtins
import sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'global_enum', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP']

_builtin_property = property


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""
    _counter = 0

    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % self.value


class nonmember:
    """Protects a value from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Forces a value (such as a function) to become a member."""

    def __init__(self, value):
        self.value = value


property = _builtin_property


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' \
        and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' \
        and name[-2] != '_'


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_private(cls_name, name):
    pattern = f'_{cls_name}__'
    return name.startswith(pattern) and not name.endswith('__')


class FlagBoundary:
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = 'strict', 'conform', 'eject', 'keep'


class EnumType(type):
    """Metaclass for Enum."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        members = []
        for key, value in list(classdict.items()):
            if isinstance(value, nonmember):
                classdict[key] = value.value
                continue
            if isinstance(value, member):
                value = value.value
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                  or _is_descriptor(value)):
                continue
            members.append((key, value))
        for key, _ in members:
            del classdict[key]
        custom_new = classdict.get('__new__') if bases else None
        if custom_new is not None and not isinstance(custom_new, staticmethod):
            custom_new = staticmethod(custom_new)
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._member_type_ = member_type
        enum_class._boundary_ = boundary
        root = [b for b in enum_class.__mro__ if isinstance(b, EnumType)][-1]
        if root is not enum_class:
            # A __new__ of the class (or of a mixed-in type) makes the members; calling
            # the class afterwards looks members up, as Enum.__new__ does.
            type.__setattr__(enum_class, '__new__', root.__dict__['__new__'])
        if custom_new is not None:
            enum_class._new_member_ = custom_new.__func__
        else:
            inherited = [b._new_member_ for b in enum_class.__mro__[1:]
                         if isinstance(b, EnumType) and '_new_member_' in b.__dict__]
            if inherited and inherited[0] is not object.__new__:
                enum_class._new_member_ = inherited[0]
            elif member_type is not object:
                enum_class._new_member_ = member_type.__new__
            else:
                enum_class._new_member_ = object.__new__
        if first_enum is not None:
            # A mixed-in data type's repr/str/format must not hide Enum's own.
            for name in ('__repr__', '__str__', '__format__'):
                if name not in classdict:
                    found = getattr(enum_class, name)
                    if found == getattr(member_type, name) or found == getattr(object, name):
                        type.__setattr__(enum_class, name, getattr(first_enum, name))
        last_values = []
        for name, value in members:
            if isinstance(value, auto):
                if value.value is None or value.value is Ellipsis:
                    value.value = enum_class._generate_next_value_(
                        name, 1, len(last_values), last_values[:])
                value = value.value
            last_values.append(value)
            enum_class._add_member_(name, value)
        if any(b.__name__ == 'Flag' and b.__module__ == 'enum' for b in enum_class.__mro__):
            enum_class._flag_mask_ = 0
            for m in enum_class._member_map_.values():
                enum_class._flag_mask_ |= m._value_
        return enum_class

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        new = cls._new_member_
        if new is object.__new__:
            enum_member = object.__new__(cls)
        else:
            enum_member = new(cls, *args)
        if not hasattr(enum_member, '_value_'):
            if cls._member_type_ is object:
                enum_member._value_ = value
            else:
                enum_member._value_ = cls._member_type_(*args)
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        init = getattr(type(enum_member), '__init__', None)
        if init is not None and init is not object.__init__ and \
                cls._member_type_ is object:
            enum_member.__init__(*args)
        existing = cls._lookup_value_(value)
        if existing is not None:
            enum_member = existing
        else:
            cls._member_names_.append(name)
            try:
                cls._value2member_map_.setdefault(value, enum_member)
            except TypeError:
                pass
        cls._member_map_[name] = enum_member
        type.__setattr__(cls, name, enum_member)

    def _lookup_value_(cls, value):
        try:
            return cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        return None

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, None
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f'<enum {class_name!r}> cannot extend {base!r}')
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object or isinstance(base, EnumType):
                    continue
                if base in (int, str, float, tuple):
                    member_type = base
                    break
                if '__new__' in base.__dict__:
                    member_type = base
                    break
            if member_type is not object:
                break
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        items = names.items() if isinstance(names, dict) else names
        classdict = {'__module__': module or sys._getframemodulename(2) or '__main__'}
        if qualname is not None:
            classdict['__qualname__'] = qualname
        for name, value in items:
            classdict[name] = member(value)
        return EnumType.__new__(builtins.type(cls), class_name, bases, classdict)

    def __contains__(cls, value):
        if not isinstance(value, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"'{type(value).__qualname__}' and '{type(cls).__qualname__}'")
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return f'<{kind} {cls.__name__!r}>'

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'{cls.__name__!r} cannot delete member {name!r}.')
        super().__delattr__(name)


EnumMeta = EnumType
Enum = Flag = None

from _enum_classes import (Enum, ReprEnum, IntEnum, StrEnum, Flag, IntFlag,  # noqa: E402
                           unique, verify, global_enum)
