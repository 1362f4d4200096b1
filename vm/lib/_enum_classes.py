"""The Enum classes themselves (see `enum` for EnumType, which builds them)."""

from enum import EnumType, auto

__name__ = "enum"


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        found = cls._lookup_value_(value)
        if found is not None:
            return found
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError(f'error in {cls.__name__}._missing_: returned {result!r} '
                            f'instead of None or a valid member')
        raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The next value: one more than the largest int so far, else start."""
        if not last_values:
            return start
        try:
            last = sorted(last_values)[-1]
            return last + 1
        except TypeError:
            raise TypeError(f'unable to sort non-numeric values: {last_values!r}') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return f'<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>'

    def __str__(self):
        return f'{self.__class__.__name__}.{self._name_}'

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ['__class__', '__doc__', '__module__', 'name', 'value']

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


Enum._value_repr_ = None


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    __str__ = int.__repr__
    __format__ = int.__format__


IntEnum._value_repr_ = int.__repr__


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    __str__ = str.__str__
    __format__ = str.__format__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The lower-cased member name."""
        return name.lower()


def _bit_count(n):
    return bin(n).count('1')


class Flag(Enum):
    """Support for bit flags: members combine with |, &, ^ and ~."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the largest value so far."""
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 2 ** high.bit_length() if high > 0 else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        mask = cls._flag_mask_
        if value < 0:
            value = (mask + 1 + value) if value >= -mask - 1 else value & mask
        if value & ~mask:
            value &= mask
        pseudo = cls._member_type_.__new__(cls, value) if cls._member_type_ is not object \
            else object.__new__(cls)
        pseudo._value_ = value
        parts = [m._name_ for m in cls._iter_members_(value)]
        pseudo._name_ = '|'.join(parts) if parts else None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _iter_members_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and _bit_count(m._value_) == 1 and m._value_ & value == m._value_:
                yield m

    def __iter__(self):
        return iter(list(type(self)._iter_members_(self._value_)))

    def __len__(self):
        return _bit_count(self._value_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"'{type(other).__qualname__}' and '{self.__class__.__qualname__}'")
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls = self.__class__
        v_repr = cls._value_repr_ or repr
        if self._name_ is None:
            return f'<{cls.__name__}: {v_repr(self._value_)}>'
        return f'<{cls.__name__}.{self._name_}: {v_repr(self._value_)}>'

    def __str__(self):
        cls = self.__class__
        if self._name_ is None:
            return f'{cls.__name__}({self._value_!r})'
        return f'{cls.__name__}.{self._name_}'

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is NotImplemented else self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is NotImplemented else self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is NotImplemented else self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=None):
    """Flag whose members are also ints."""

    __str__ = int.__repr__
    __format__ = int.__format__
    __or__ = __ror__ = Flag.__or__
    __and__ = __rand__ = Flag.__and__
    __xor__ = __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__


IntFlag._value_repr_ = int.__repr__


def unique(enumeration):
    """Class decorator: refuse enumerations with aliases (duplicate values)."""
    duplicates = [(name, m._name_) for name, m in enumeration.__members__.items()
                  if name != m._name_]
    if duplicates:
        details = ', '.join(f'{alias} -> {name}' for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {details}')
    return enumeration


def verify(*checks):
    """Accept the enumeration unchanged (the checks are not enforced yet)."""
    return lambda enumeration: enumeration


def global_enum(cls):
    """Export the members into the module namespace of the enumeration."""
    import sys
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


_auto = auto
