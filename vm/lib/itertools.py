"""Iterator building blocks (pyrite's own implementation of CPython 3.11's itertools).

Every tool is a class whose instances are their own iterators, so `type(x).__name__`,
reprs and laziness match CPython: nothing is consumed before it is asked for (islice
and groupby consume exactly the items CPython consumes).
"""

import sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']


class _Iterator:
    __slots__ = ()

    def __iter__(self):
        return self


class _GenBacked(_Iterator):
    """A tool whose items come from an internal generator."""
    __slots__ = ('_gen',)

    def __next__(self):
        return next(self._gen)


class count(_Iterator):
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            try:
                v + 0
            except TypeError:
                raise TypeError('a number is required') from None
        self._n = start
        self._step = step

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f'count({self._n!r})'
        return f'count({self._n!r}, {self._step!r})'


class cycle(_Iterator):
    """cycle(p) --> p0, p1, ... plast, p0, p1, ..."""
    __slots__ = ('_it', '_saved', '_i')

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._i = -1

    def __next__(self):
        if self._it is not None:
            for item in self._it:
                self._saved.append(item)
                return item
            self._it = None
        if not self._saved:
            raise StopIteration
        self._i = (self._i + 1) % len(self._saved)
        return self._saved[self._i]


class repeat(_Iterator):
    """repeat(object [,times]) -> object, object, ... (times times or forever)."""
    __slots__ = ('_obj', '_times')

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            times = max(times.__index__(), 0)
        self._times = times

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._obj!r})'
        return f'repeat({self._obj!r}, {self._times})'


class accumulate(_Iterator):
    """accumulate(iterable[, func, *, initial]) --> running totals (or results of func)."""
    __slots__ = ('_it', '_func', '_total', '_started', '_initial')

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = None
        self._started = False
        self._initial = initial

    def __next__(self):
        if self._initial is not None:
            self._total, self._initial, self._started = self._initial, None, True
            return self._total
        item = next(self._it)
        if not self._started:
            self._started = True
            self._total = item
        elif self._func is None:
            self._total = self._total + item
        else:
            self._total = self._func(self._total, item)
        return self._total


class chain(_Iterator):
    """chain(*iterables) --> items of the first iterable, then the next, ..."""
    __slots__ = ('_source', '_active')

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterable) --> chain of the iterables it yields."""
        self = cls()
        self._source = iter(iterable)
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    self._active = iter(next(self._source))
                except StopIteration:
                    self._source = None
                    break
            for item in self._active:
                return item
            self._active = None
        raise StopIteration


class compress(_Iterator):
    """compress(data, selectors) --> the items of data whose selector is true."""
    __slots__ = ('_data', '_sel')

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._sel = iter(selectors)

    def __next__(self):
        while True:
            item = next(self._data)
            if next(self._sel):
                return item


class dropwhile(_Iterator):
    """dropwhile(predicate, iterable) --> items after the predicate first fails."""
    __slots__ = ('_pred', '_it', '_dropping')

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._dropping or not self._pred(item):
                self._dropping = False
                return item


class takewhile(_Iterator):
    """takewhile(predicate, iterable) --> items while the predicate holds."""
    __slots__ = ('_pred', '_it')

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)

    def __next__(self):
        if self._it is None:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._it = None
        raise StopIteration


class filterfalse(_Iterator):
    """filterfalse(function or None, iterable) --> items for which function is false."""
    __slots__ = ('_pred', '_it')

    def __init__(self, function, iterable):
        self._pred = bool if function is None else function
        self._it = iter(iterable)

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._pred(item):
                return item


class starmap(_Iterator):
    """starmap(function, iterable) --> function(*a) for each a in iterable."""
    __slots__ = ('_func', '_it')

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __next__(self):
        return self._func(*next(self._it))


class _Grouper(_Iterator):
    __slots__ = ('_parent', '_key', '_token')

    def __init__(self, parent, key):
        self._parent = parent
        self._key = key
        self._token = parent._token

    def __next__(self):
        p = self._parent
        if p._token is not self._token:
            raise StopIteration
        if not p._have:
            p._advance()
        if not self._key == p._currkey:
            raise StopIteration
        p._have = False
        return p._currvalue


_grouper_name = '_grouper'
_Grouper.__name__ = _Grouper.__qualname__ = _grouper_name


class groupby(_Iterator):
    """groupby(iterable, key=None) --> (key, group) pairs of consecutive equal keys."""
    __slots__ = ('_it', '_keyfunc', '_currkey', '_currvalue', '_have', '_tgtkey',
                 '_started', '_token')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._have = False
        self._started = False
        self._tgtkey = self._currkey = self._currvalue = None
        self._token = None

    def _advance(self):
        value = next(self._it)
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._have = True

    def __next__(self):
        self._token = object()
        if not self._have:
            self._advance()
        if self._started:
            while self._tgtkey == self._currkey:
                self._advance()
        self._started = True
        self._tgtkey = self._currkey
        return (self._currkey, _Grouper(self, self._tgtkey))


def _islice_index(v, message):
    if v is None:
        return None
    try:
        v = v.__index__()
    except AttributeError:
        raise ValueError(message) from None
    if v < 0 or v > sys.maxsize:
        raise ValueError(message)
    return v


class islice(_Iterator):
    """islice(iterable, stop) / islice(iterable, start, stop[, step]) --> a lazy slice."""
    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt')

    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}'
                            if args else 'islice expected at least 2 arguments, got 1')
        stop_msg = ('Stop argument for islice() must be None or an integer: '
                    '0 <= x <= sys.maxsize.')
        if len(args) == 1:
            start, stop, step = 0, _islice_index(args[0], stop_msg), 1
        else:
            msg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
            stop = _islice_index(args[1], stop_msg)
            start = _islice_index(args[0], msg)
            step = 1
            if len(args) == 3 and args[2] is not None:
                try:
                    step = args[2].__index__()
                except AttributeError:
                    step = -1
                if step <= 0:
                    raise ValueError('Step for islice() must be a positive integer or None.')
            start = 0 if start is None else start
        self._it = iter(iterable)
        self._next, self._stop, self._step, self._cnt = start, stop, step, 0

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop is not None and self._cnt >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class pairwise(_Iterator):
    """pairwise(iterable) --> (s0, s1), (s1, s2), (s2, s3), ..."""
    __slots__ = ('_it', '_last', '_started')

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._started = False
        self._last = None

    def __next__(self):
        if self._it is None:
            raise StopIteration
        try:
            if not self._started:
                self._last = next(self._it)
                self._started = True
            item = next(self._it)
        except StopIteration:
            self._it = None
            raise
        pair = (self._last, item)
        self._last = item
        return pair


class _tee(_Iterator):
    """One of the independent iterators returned by tee()."""
    __slots__ = ('_source', '_link')

    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __next__(self):
        link = self._link
        if link[1] is None:
            value = next(self._source[0])
            link[0] = value
            link[1] = [None, None]
        self._link = link[1]
        return link[0]

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2, /):
    """tee(iterable, n=2) --> tuple of n independent iterators."""
    if n < 0:
        raise ValueError('n must be >= 0')
    if isinstance(iterable, _tee):
        link, source = iterable._link, iterable._source
    else:
        link, source = [None, None], [iter(iterable)]
    return tuple(_tee(source, link) for _ in range(n))


class zip_longest(_Iterator):
    """zip_longest(*iterables, fillvalue=None) --> tuples, padded to the longest input."""
    __slots__ = ('_its', '_fill', '_active')

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._fill = fillvalue
        self._active = len(self._its)

    def __next__(self):
        if not self._active:
            raise StopIteration
        values = []
        for i, it in enumerate(self._its):
            if it is None:
                values.append(self._fill)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                self._its[i] = None
                values.append(self._fill)
        return tuple(values)


class product(_GenBacked):
    """product(*iterables, repeat=1) --> cartesian product, like nested for-loops."""
    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        n = len(pools)
        if any(not p for p in pools):
            return
        idx = [0] * n
        yield tuple(p[0] for p in pools)
        while True:
            i = n - 1
            while i >= 0 and idx[i] == len(pools[i]) - 1:
                idx[i] = 0
                i -= 1
            if i < 0:
                return
            idx[i] += 1
            yield tuple(pools[j][idx[j]] for j in range(n))


class permutations(_GenBacked):
    """permutations(iterable, r=None) --> r-length orderings of its items."""
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else r
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class _Choices(_GenBacked):
    """Base of the tools choosing r items from a pool."""
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = self._run(pool, r)


class combinations(_Choices):
    """combinations(iterable, r) --> r-length subsequences in input order."""
    __slots__ = ()

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Choices):
    """combinations_with_replacement(iterable, r) --> r-length multisets in order."""
    __slots__ = ()

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)
