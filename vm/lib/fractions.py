"""Rational numbers (pyrite's own implementation of `fractions.Fraction`).

A Fraction is kept in lowest terms with a positive denominator. Arithmetic with ints
and Fractions is exact; with floats it converts to float. Hashes agree with equal ints
and floats (the modular-inverse scheme Python uses for all its numbers).
"""

import math
import sys

__all__ = ['Fraction']

_MODULUS = sys.hash_info.modulus if hasattr(sys, 'hash_info') else (1 << 61) - 1
_INF_HASH = 314159


def _parse(s):
    text = s.strip().replace('_', '')
    if not text:
        raise ValueError(f'Invalid literal for Fraction: {s!r}')
    sign = 1
    if text[0] in '+-':
        sign = -1 if text[0] == '-' else 1
        text = text[1:]
    try:
        if '/' in text:
            num, _, den = text.partition('/')
            if not (num.isdigit() and den.strip().isdigit()):
                raise ValueError
            return sign * int(num), int(den)
        mantissa, exp = text, 0
        for marker in 'eE':
            if marker in text:
                mantissa, _, e = text.partition(marker)
                exp = int(e)
                break
        whole, _, frac = mantissa.partition('.')
        if not (whole or frac) or (whole and not whole.isdigit()) or \
                (frac and not frac.isdigit()):
            raise ValueError
        num = int(whole + frac or '0')
        exp -= len(frac)
        if exp >= 0:
            return sign * num * 10 ** exp, 1
        return sign * num, 10 ** -exp
    except ValueError:
        raise ValueError(f'Invalid literal for Fraction: {s!r}') from None


class Fraction:
    """Fraction(numerator=0, denominator=None): a rational number."""
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator, self._denominator = int(numerator), 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            if isinstance(numerator, str):
                numerator, denominator = _parse(numerator)
            elif hasattr(numerator, 'as_integer_ratio'):
                numerator, denominator = numerator.as_integer_ratio()
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif isinstance(numerator, int) and isinstance(denominator, int):
            pass
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator,
                                                                    (int, Fraction)):
            a, b = Fraction(numerator), Fraction(denominator)
            numerator = a._numerator * b._denominator
            denominator = a._denominator * b._numerator
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError(f'Fraction({numerator}, 0)')
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator, self._denominator = int(numerator), int(denominator)
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f'{cls.__name__}.from_float() only takes floats, not {f!r} '
                            f'({type(f).__name__})')
        return cls(*f.as_integer_ratio())

    numerator = property(lambda self: self._numerator)
    denominator = property(lambda self: self._denominator)

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    def __repr__(self):
        return f'{self.__class__.__name__}({self._numerator}, {self._denominator})'

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f'{self._numerator}/{self._denominator}'

    def _coerce(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def _binary(self, other, exact, inexact):
        o = self._coerce(other)
        if o is not None:
            return exact(self, o)
        if isinstance(other, float):
            return inexact(float(self), other)
        return NotImplemented

    def _rbinary(self, other, exact, inexact):
        o = self._coerce(other)
        if o is not None:
            return exact(o, self)
        if isinstance(other, float):
            return inexact(other, float(self))
        return NotImplemented

    @staticmethod
    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    @staticmethod
    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    @staticmethod
    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    @staticmethod
    def _div(a, b):
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    @staticmethod
    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    @staticmethod
    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    def __add__(self, o): return self._binary(o, self._add, lambda x, y: x + y)
    def __radd__(self, o): return self._rbinary(o, self._add, lambda x, y: x + y)
    def __sub__(self, o): return self._binary(o, self._sub, lambda x, y: x - y)
    def __rsub__(self, o): return self._rbinary(o, self._sub, lambda x, y: x - y)
    def __mul__(self, o): return self._binary(o, self._mul, lambda x, y: x * y)
    def __rmul__(self, o): return self._rbinary(o, self._mul, lambda x, y: x * y)
    def __truediv__(self, o): return self._binary(o, self._div, lambda x, y: x / y)
    def __rtruediv__(self, o): return self._rbinary(o, self._div, lambda x, y: x / y)
    def __floordiv__(self, o): return self._binary(o, self._floordiv, lambda x, y: x // y)
    def __rfloordiv__(self, o): return self._rbinary(o, self._floordiv, lambda x, y: x // y)
    def __mod__(self, o): return self._binary(o, self._mod, lambda x, y: x % y)
    def __rmod__(self, o): return self._rbinary(o, self._mod, lambda x, y: x % y)

    def __divmod__(self, o):
        return (self // o, self % o)

    def __pow__(self, b):
        if isinstance(b, Fraction) and b._denominator == 1:
            b = b._numerator
        if isinstance(b, int):
            if b >= 0:
                return Fraction(self._numerator ** b, self._denominator ** b,
                                _normalize=False)
            if self._numerator == 0:
                raise ZeroDivisionError(f'Fraction({self._denominator ** -b}, 0)')
            if self._numerator > 0:
                return Fraction(self._denominator ** -b, self._numerator ** -b,
                                _normalize=False)
            return Fraction((-self._denominator) ** -b, (-self._numerator) ** -b,
                            _normalize=False)
        if isinstance(b, (float, Fraction)):
            return float(self) ** float(b)
        return NotImplemented

    def __rpow__(self, a):
        if self._denominator == 1 and self._numerator >= 0:
            return a ** self._numerator
        if isinstance(a, int):
            return Fraction(a) ** self
        return a ** float(self)

    def __pos__(self):
        return Fraction(self._numerator, self._denominator, _normalize=False)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator, _normalize=False)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator, _normalize=False)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    __trunc__ = __int__

    def __float__(self):
        return self._numerator / self._denominator

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        dinv = pow(self._denominator, _MODULUS - 2, _MODULUS)
        if not dinv:
            h = _INF_HASH
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(self, b):
        if isinstance(b, Fraction):
            return self._numerator == b._numerator and self._denominator == b._denominator
        if isinstance(b, int):
            return self._denominator == 1 and self._numerator == b
        if isinstance(b, float):
            if b != b or b in (float('inf'), float('-inf')):
                return False
            return self == Fraction(b)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, (int, Fraction)):
            o = Fraction(other)
            return op(self._numerator * o._denominator, o._numerator * self._denominator)
        if isinstance(other, float):
            if other != other or other in (float('inf'), float('-inf')):
                return op(0.0, other)
            return self._compare(Fraction(other), op)
        return NotImplemented

    def __lt__(self, o): return self._compare(o, lambda a, b: a < b)
    def __gt__(self, o): return self._compare(o, lambda a, b: a > b)
    def __le__(self, o): return self._compare(o, lambda a, b: a <= b)
    def __ge__(self, o): return self._compare(o, lambda a, b: a >= b)

    def __bool__(self):
        return self._numerator != 0

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self
