"""deque and defaultdict for `collections` (pyrite's own implementation).

A deque is two Python lists back to back: `_front` holds the left part in reverse
order (its last item is the leftmost element) and `_back` the right part in order, so
appends and pops at either end are amortised O(1) list operations. When the end being
popped is empty, half of the other list is moved over, which keeps alternating
pops from degrading to O(n). `_mut` counts mutations so iterators can detect them.
"""

_repr_running = set()


def _guarded_repr(obj, render):
    """repr with CPython's '[...]' for an object already being repr'd (cycles)."""
    key = id(obj)
    if key in _repr_running:
        return '[...]'
    _repr_running.add(key)
    try:
        return render()
    finally:
        _repr_running.discard(key)


class deque:
    """deque([iterable[, maxlen]]) --> a double-ended queue, optionally bounded."""
    __module__ = 'collections'
    __slots__ = ('_front', '_back', '_maxlen', '_mut')
    __hash__ = None

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._front = []
        self._back = []
        self._maxlen = maxlen
        self._mut = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """Maximum size of a deque or None if unbounded."""
        return self._maxlen

    def __len__(self):
        return len(self._front) + len(self._back)

    def __bool__(self):
        return bool(self._front) or bool(self._back)

    def _locate(self, index):
        """(list, position) of the item at `index` (negative allowed), or IndexError."""
        n = len(self)
        if not isinstance(index, int):
            raise TypeError(f'sequence index must be integer, not {type(index).__name__!r}')
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError('deque index out of range')
        nf = len(self._front)
        if index < nf:
            return self._front, nf - 1 - index
        return self._back, index - nf

    def __getitem__(self, index):
        lst, pos = self._locate(index)
        return lst[pos]

    def __setitem__(self, index, value):
        lst, pos = self._locate(index)
        lst[pos] = value

    def __delitem__(self, index):
        lst, pos = self._locate(index)
        del lst[pos]
        self._mut += 1

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._mut += 1
        if self._maxlen == 0:
            return
        self._back.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._mut += 1
        if self._maxlen == 0:
            return
        self._front.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._back:
            front = self._front
            if not front:
                raise IndexError('pop from an empty deque')
            k = (len(front) + 1) // 2
            self._back = front[k - 1::-1]
            self._front = front[k:]
        self._mut += 1
        return self._back.pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._front:
            back = self._back
            if not back:
                raise IndexError('pop from an empty deque')
            k = (len(back) + 1) // 2
            self._front = back[k - 1::-1]
            self._back = back[k:]
        self._mut += 1
        return self._front.pop()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def _set_items(self, items):
        self._front = []
        self._back = items
        self._mut += 1

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1); left if n is negative."""
        size = len(self)
        if size > 1:
            n %= size
            if n:
                items = list(self)
                self._set_items(items[-n:] + items[:-n])

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._set_items(list(self)[::-1])

    def clear(self):
        """Remove all elements from the deque."""
        self._set_items([])

    def copy(self):
        """Return a shallow copy of a deque."""
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        return sum(1 for x in self if x is value or x == value)

    def index(self, value, start=0, stop=None):
        """Return first index of value."""
        items = list(self)
        stop = len(items) if stop is None else stop
        for i in range(*slice(start, stop).indices(len(items))):
            if items[i] is value or items[i] == value:
                return i
        raise ValueError(f'{value!r} is not in deque')

    def insert(self, index, value):
        """Insert value before index."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = list(self)
        items.insert(index, value)
        self._set_items(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        for i, x in enumerate(self):
            if x is value or x == value:
                del self[i]
                return
        raise ValueError(f'{value!r} is not in deque')

    def __iter__(self):
        mut = self._mut
        for lst, rng in ((self._front, range(len(self._front) - 1, -1, -1)),
                         (self._back, range(len(self._back)))):
            for i in rng:
                if self._mut != mut:
                    raise RuntimeError('deque mutated during iteration')
                yield lst[i]
        if self._mut != mut:
            raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        mut = self._mut
        for lst, rng in ((self._back, range(len(self._back) - 1, -1, -1)),
                         (self._front, range(len(self._front)))):
            for i in rng:
                if self._mut != mut:
                    raise RuntimeError('deque mutated during iteration')
                yield lst[i]

    def __contains__(self, value):
        return any(x is value or x == value for x in self)

    def __repr__(self):
        def render():
            items = repr(list(self))
            if self._maxlen is None:
                return f'{type(self).__name__}({items})'
            return f'{type(self).__name__}({items}, maxlen={self._maxlen})'
        return _guarded_repr(self, render)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") '
                            'to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return type(self)(list(self) * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._set_items(list(self) * n)
        if self._maxlen is not None:
            while len(self) > self._maxlen:
                self.popleft()
        return self

    def _cmp(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self), list(other))

    def __eq__(self, other):
        return self._cmp(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._cmp(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default value factory."""
    __module__ = 'collections'

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        # dict.__repr__ itself prints {...} for a dict already being repr'd.
        return f'{type(self).__name__}({self.default_factory!r}, {dict.__repr__(self)})'

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new
