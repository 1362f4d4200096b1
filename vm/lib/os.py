"""Operating-system interfaces (pyrite's `os`: a subset over the native `posix`)."""

import sys
import posix
from posix import (getcwd, chdir, listdir, remove, unlink, mkdir, rmdir, rename,
                   replace, getpid, cpu_count, environ)
import posixpath as path

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
devnull = '/dev/null'
sys.modules['os.path'] = path


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, exist_ok=exist_ok)
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a leaf directory and then the empty parents."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def fspath(p):
    """Return the path representation of a path-like object."""
    if isinstance(p, str):
        return p
    raise TypeError(f'expected str, bytes or os.PathLike object, not {type(p).__name__}')
