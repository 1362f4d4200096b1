"""Time access and conversions (pyrite's `time`: clocks from `_time`, calendar
functions from the C library as CPython uses them)."""

from _time import (time, time_ns, perf_counter, perf_counter_ns, monotonic,
                   monotonic_ns, process_time, sleep, tzname, timezone, altzone, daylight)
import _time

__all__ = ['altzone', 'asctime', 'ctime', 'daylight', 'gmtime', 'localtime', 'mktime',
           'monotonic', 'monotonic_ns', 'perf_counter', 'perf_counter_ns', 'process_time',
           'sleep', 'strftime', 'struct_time', 'time', 'time_ns', 'timezone', 'tzname']

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
           'tm_yday', 'tm_isdst')
_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov',
           'Dec')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime() and strptime()."""
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if not 9 <= len(seq) <= 11:
            qualifier = 'an at least' if len(seq) < 9 else 'an at most'
            bound = 9 if len(seq) < 9 else 11
            raise TypeError(f'time.struct_time() takes {qualifier} {bound}-sequence '
                            f'({len(seq)}-sequence given)')
        self = tuple.__new__(cls, seq[:9])
        extra = seq[9:] + (None,) * (11 - len(seq))
        self._zone, self._gmtoff = extra
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        inner = ', '.join(f'{name}={value!r}' for name, value in zip(_FIELDS, self))
        return f'time.struct_time({inner})'

    def __reduce__(self):
        return (struct_time, (tuple(self) + (self._zone, self._gmtoff),))


struct_time.__module__ = 'time'


def _now_if_none(secs):
    return time() if secs is None else secs


def gmtime(secs=None, /):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    return struct_time(_time._gmtime(_now_if_none(secs)))


def localtime(secs=None, /):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    return struct_time(_time._localtime(_now_if_none(secs)))


def _checked(t, fname):
    if isinstance(t, struct_time):
        return t
    if not isinstance(t, tuple):
        raise TypeError(f'Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError(f'{fname}(): illegal time tuple argument')
    return t


def mktime(t, /):
    """Convert a local time tuple to seconds since the Epoch."""
    return _time._mktime(_checked(t, 'mktime'))


def _strftime_tuple(t):
    t = list(t)
    if t[1] == 0:
        t[1] = 1
    if t[2] == 0:
        t[2] = 1
    if t[7] == 0:
        t[7] = 1
    checks = [(1, 1, 12, 'month'), (2, 1, 31, 'day of month'), (3, 0, 23, 'hour'),
              (4, 0, 59, 'minute'), (5, 0, 61, 'seconds'), (7, 1, 366, 'day of year')]
    for index, low, high, what in checks:
        if not low <= t[index] <= high:
            raise ValueError(f'{what} out of range')
    if t[6] < 0:
        raise ValueError('day of week out of range')
    t[6] %= 7
    if t[8] < -1:
        t[8] = -1
    elif t[8] > 1:
        t[8] = 1
    return t


def strftime(format, t=None, /):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    t = localtime() if t is None else _checked(t, 'strftime')
    zone = getattr(t, 'tm_zone', None)
    gmtoff = getattr(t, 'tm_gmtoff', None)
    return _time._strftime(format, _strftime_tuple(t), zone, gmtoff)


def asctime(t=None, /):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    t = localtime() if t is None else _checked(t, 'asctime')
    t = _strftime_tuple(t)
    return (f'{_DAYS[t[6]]} {_MONTHS[t[1] - 1]}{t[2]:3d} {t[3]:02d}:{t[4]:02d}:'
            f'{t[5]:02d} {t[0]}')


def ctime(secs=None, /):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(secs))


def strptime(string, format='%a %b %d %H:%M:%S %Y', /):
    """Parse a string to a time tuple according to a format specification."""
    raise NotImplementedError('pyrite does not support time.strptime() yet')
