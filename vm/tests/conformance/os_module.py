# os and os.path: paths, files and directories, the environment
import os, os.path, sys
from os.path import join, splitext
import time
print(os.name, os.sep, os.linesep == '\n', os.curdir, os.pardir, os.pathsep, os.path is sys.modules['os.path'])
print(join('a', 'b', 'c.txt'), join('/x', '/abs', 'y'), join('a/', 'b'), join('', 'z'), os.path.split('/usr/lib/x.py'), os.path.split('name'), os.path.split('/'))
print(splitext('archive.tar.gz'), splitext('.bashrc'), splitext('dir.d/file'), splitext('a..b'), os.path.basename('/p/q/r.txt'), os.path.dirname('/p/q/r.txt'))
print(os.path.normpath('/a/./b/../c//d/'), os.path.normpath('../x/../../y'), os.path.normpath(''), os.path.normpath('//s/t'), os.path.isabs('/a'), os.path.isabs('a'))
print(os.path.abspath('x') == join(os.getcwd(), 'x'), os.path.relpath('/a/b/c', '/a/d'), os.path.expanduser('~/f') == join(os.environ['HOME'], 'f'))
base = f'_pyrite_os_test_{time.time_ns()}'
os.mkdir(base)
print(os.path.isdir(base), os.path.isfile(base), os.path.exists(base), os.listdir(base))
fname = join(base, 'data.txt')
with open(fname, 'w') as f:
    f.write('hello')
print(os.listdir(base), os.path.getsize(fname), os.path.isfile(fname), os.path.exists(join(base, 'nope')))
os.rename(fname, join(base, 'renamed.txt')); print(os.listdir(base))
os.makedirs(join(base, 'deep', 'er')); os.makedirs(join(base, 'deep'), exist_ok=True); print(sorted(os.listdir(base)))
for call in [lambda: os.remove(join(base, 'missing')), lambda: os.mkdir(base), lambda: os.rmdir(base), lambda: os.listdir(join(base, 'renamed.txt')),
             lambda: os.rename(join(base, 'x'), join(base, 'y')), lambda: os.makedirs(join(base, 'deep')), lambda: os.remove(5)]:
    try:
        call()
    except (OSError, TypeError) as e:
        print(type(e).__name__ + ':', str(e).replace(base, 'BASE'))
os.remove(join(base, 'renamed.txt')); os.rmdir(join(base, 'deep', 'er')); os.rmdir(join(base, 'deep')); os.rmdir(base)
print(os.path.exists(base), isinstance(os.getpid(), int), os.getenv('PYRITE_SURELY_UNSET'), os.getenv('PYRITE_SURELY_UNSET', 'dflt'), isinstance(os.environ['HOME'], str))
try:
    import os.nonexistent
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
try:
    import math.sub
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
