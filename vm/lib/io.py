"""Text files (pyrite's `io`): `open()` and `TextIOWrapper` over the native `_fileio`.

Only text mode with UTF-8 is supported; binary mode needs `bytes`, which pyrite does
not have yet, and says so. Mode checking and error messages follow CPython's `_io`.
"""

import _fileio

__all__ = ['open', 'TextIOWrapper', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR',
           'SEEK_END', 'DEFAULT_BUFFER_SIZE']

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
DEFAULT_BUFFER_SIZE = 8192
_UTF8 = ('utf-8', 'utf8', 'utf_8', 'u8')


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


def _parse_mode(mode):
    if not isinstance(mode, str):
        raise TypeError(f'open() argument \'mode\' must be str, not {type(mode).__name__}')
    kinds = [c for c in mode if c in 'rwax']
    if (set(mode) - set('rwaxbt+') or len(set(mode)) != len(mode)):
        raise ValueError(f'invalid mode: {mode!r}')
    if len(kinds) != 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if 'b' in mode and 't' in mode:
        raise ValueError("can't have text and binary mode at once")
    if 'b' in mode:
        raise NotImplementedError('pyrite does not support binary files (bytes) yet')
    return kinds[0], '+' in mode


def _readlines(readline, hint):
    """Lines from readline() until it returns '' or their total length reaches hint."""
    lines = []
    total = 0
    while True:
        line = readline()
        if not line:
            return lines
        lines.append(line)
        total += len(line)
        if 0 < hint <= total:
            return lines


class TextIOWrapper:
    """A text file opened by open()."""
    __module__ = '_io'

    def __init__(self, state, name, mode, encoding, newline):
        self._state = state
        self.name = name
        self.mode = mode
        self.encoding = encoding
        self._newline = newline
        kind, plus = _parse_mode(mode)
        self._readable = kind == 'r' or plus
        self._writable = kind != 'r' or plus
        self._closed = False

    @property
    def closed(self):
        return self._closed

    @property
    def newlines(self):
        return None

    def _check(self, readable=False, writable=False):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        if readable and not self._readable:
            raise UnsupportedOperation('not readable')
        if writable and not self._writable:
            raise UnsupportedOperation('not writable')

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        return True

    def read(self, size=-1):
        self._check(readable=True)
        return _fileio.read(self._state, -1 if size is None else size.__index__())

    def readline(self, size=-1):
        self._check(readable=True)
        return _fileio.readline(self._state, -1 if size is None else size.__index__())

    def readlines(self, hint=-1):
        self._check(readable=True)
        return _readlines(lambda: _fileio.readline(self._state, -1), hint)

    def write(self, s):
        self._check(writable=True)
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        text = s
        if self._newline not in (None, '', '\n') and '\n' in s:
            text = s.replace('\n', self._newline)
        _fileio.write(self._state, text)
        return len(s)

    def writelines(self, lines):
        self._check(writable=True)
        for line in lines:
            self.write(line)

    def flush(self):
        self._check()
        _fileio.flush(self._state)

    def seek(self, offset, whence=0):
        self._check()
        if whence == 1 and offset != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and offset != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence not in (0, 1, 2):
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        if whence == 0 and offset < 0:
            raise ValueError(f'negative seek position {offset}')
        return _fileio.seek(self._state, offset, whence)

    def tell(self):
        self._check()
        return _fileio.tell(self._state)

    def close(self):
        if not self._closed:
            self._closed = True
            _fileio.close(self._state)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        self._check(readable=True)
        line = _fileio.readline(self._state, -1)
        if not line:
            raise StopIteration
        return line

    def __repr__(self):
        return (f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} "
                f"encoding={self.encoding!r}>")


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    """Open a text file and return a file object (binary mode is not supported yet)."""
    if not isinstance(file, (str, int)) or isinstance(file, bool):
        raise TypeError('expected str, bytes or os.PathLike object, '
                        f'not {type(file).__name__}')
    if isinstance(file, int):
        raise NotImplementedError('pyrite does not support opening file descriptors yet')
    _parse_mode(mode)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"open() argument 'encoding' must be str or None, "
                        f'not {type(encoding).__name__}')
    if encoding is not None and encoding.lower() not in _UTF8:
        raise NotImplementedError(f'pyrite does not support the {encoding!r} encoding yet '
                                  '(only UTF-8)')
    if newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError(f'illegal newline value: {newline!r}')
    kind = [c for c in mode if c in 'rwax'][0]
    code = {None: 0, '': 1, '\n': 2, '\r': 3, '\r\n': 4}[newline]
    state = _fileio.open(file, kind + ('+' if '+' in mode else ''), code)
    return TextIOWrapper(state, file, mode, encoding or 'UTF-8', newline)


class StringIO:
    """Text I/O in memory: write() appends (or overwrites at the position), getvalue()
    returns everything written."""
    __module__ = '_io'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not '
                            f'{type(initial_value).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        self._newline = newline
        self._buf = self._in(initial_value)
        self._tail = []
        self._pos = 0
        self._closed = False

    def _in(self, s):
        if self._newline is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if self._newline in ('\r', '\r\n'):
            return s.replace('\n', self._newline)
        return s

    def _flat(self):
        if self._tail:
            self._buf += ''.join(self._tail)
            self._tail = []
        return self._buf

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    @property
    def closed(self):
        return self._closed

    def readable(self):
        self._check()
        return True

    writable = seekable = readable

    def getvalue(self):
        """Return the entire contents of the buffer."""
        self._check()
        return self._flat()

    def read(self, size=-1):
        self._check()
        buf = self._flat()
        if size is None or size < 0:
            end = len(buf)
        else:
            end = min(len(buf), self._pos + size)
        result = buf[self._pos:end]
        self._pos = max(self._pos, end)
        return result

    def readline(self, size=-1):
        self._check()
        buf = self._flat()
        end = buf.find('\n', self._pos)
        end = len(buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        result = buf[self._pos:end]
        self._pos = max(self._pos, end)
        return result

    def readlines(self, hint=-1):
        return _readlines(self.readline, hint)

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        n = len(s)
        s = self._in(s)
        size = len(self._buf) + sum(map(len, self._tail))
        if self._pos == size:
            self._tail.append(s)
        else:
            buf = self._flat()
            if self._pos > len(buf):
                buf += '\0' * (self._pos - len(buf))
            self._buf = buf[:self._pos] + s + buf[self._pos + len(s):]
        self._pos += len(s)
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._flat())
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else size
        if size < 0:
            raise ValueError(f'Negative size value {size}')
        self._buf = self._flat()[:size]
        return size

    def flush(self):
        self._check()

    def close(self):
        self._closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


__all__.append('StringIO')
