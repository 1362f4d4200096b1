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
        lines = []
        total = 0
        while True:
            line = _fileio.readline(self._state, -1)
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

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
    state = _fileio.open(file, kind + ('+' if '+' in mode else ''), newline is None)
    return TextIOWrapper(state, file, mode, encoding or 'UTF-8', newline)
