"""Pathname operations on POSIX paths (pyrite's `os.path`)."""

import posix

__all__ = ['abspath', 'basename', 'dirname', 'exists', 'expanduser', 'getsize', 'isabs',
           'isdir', 'isfile', 'join', 'normpath', 'split', 'splitext', 'relpath', 'sep']

sep = '/'
curdir = '.'
pardir = '..'


def _check(p, fname):
    if not isinstance(p, str):
        raise TypeError(f'{fname}() argument must be str, bytes, or os.PathLike object, '
                        f'not {type(p).__name__!r}')


def isabs(s):
    """Test whether a path is absolute."""
    _check(s, 'isabs')
    return s.startswith('/')


def join(a, *p):
    """Join path components, discarding everything before an absolute one."""
    _check(a, 'join')
    path = a
    for b in p:
        if not isinstance(b, str):
            raise TypeError(f'join() argument must be str, bytes, or os.PathLike object, '
                            f"not '{type(b).__name__}'")
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    """Split into (head, tail): tail is everything after the final slash."""
    _check(p, 'split')
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    """Split the extension: (root, ext) with ext empty or starting with a dot."""
    _check(p, 'splitext')
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ''


def basename(p):
    """The final component of a pathname."""
    return split(p)[1]


def dirname(p):
    """The directory component of a pathname."""
    return split(p)[0]


def normpath(path):
    """Normalize a path: collapse redundant separators and up-level references."""
    _check(path, 'normpath')
    if not path:
        return '.'
    initial = 2 if path.startswith('//') and not path.startswith('///') else (
        1 if path.startswith('/') else 0)
    parts = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not parts) or (parts and parts[-1] == '..'):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = '/'.join(parts)
    if initial:
        path = '/' * initial + path
    return path or '.'


def abspath(path):
    """Return an absolute, normalized path."""
    _check(path, 'abspath')
    if not isabs(path):
        path = join(posix.getcwd(), path)
    return normpath(path)


def relpath(path, start=None):
    """Return a relative version of a path (from start, default the current directory)."""
    if not path:
        raise ValueError('no path specified')
    start_list = [x for x in abspath(curdir if start is None else start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = 0
    while i < min(len(start_list), len(path_list)) and start_list[i] == path_list[i]:
        i += 1
    rel = [pardir] * (len(start_list) - i) + path_list[i:]
    return join(*rel) if rel else curdir


def expanduser(path):
    """Expand ~ to the home directory."""
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = posix.environ.get('HOME', '/')
    return (home.rstrip('/') or '/') + path[i:]


def exists(path):
    """Whether a path exists (False for broken symbolic links)."""
    return isinstance(path, str) and posix._kind(path) is not None


def isfile(path):
    """Whether a path is a regular file."""
    return isinstance(path, str) and posix._kind(path) == 'file'


def isdir(s):
    """Whether a path is a directory."""
    return isinstance(s, str) and posix._kind(s) == 'dir'


def getsize(filename):
    """The size of a file, in bytes."""
    return posix._size(filename)


def commonprefix(m):
    """The longest common leading string of a list of pathnames (character-wise)."""
    if not m:
        return ''
    s1, s2 = min(m), max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path of a sequence of pathnames."""
    paths = list(paths)
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    absolute = {p.startswith('/') for p in paths}
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    split = [[c for c in p.split('/') if c and c != '.'] for p in paths]
    s1, s2 = min(split), max(split)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = '/' if absolute.pop() else ''
    return prefix + '/'.join(common)
