# open(): text files written, read back line by line, appended, and the errors
import os, time
name = f'_pyrite_file_test_{time.time_ns()}.txt'
with open(name, 'w') as f:
    print(repr(f).startswith("<_io.TextIOWrapper name='_pyrite_file_test_"), f.mode, f.encoding, f.closed, f.writable(), f.readable())
    print(f.write('first line\n'), f.write('second: é ü 😀\n'))
    f.writelines(['third\n', 'fourth'])
    print('to file', 42, sep='|', file=f)
print(f.closed)
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print(f.readline(), end='')
    print(repr(f.readline(5)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(name) as f:
    print([line.rstrip('\n') for line in f])
with open(name) as f:
    print(repr(f.read(3)), repr(f.read(9)), f.tell(), f.seek(0), repr(f.read(5)))
with open(name, 'a') as f:
    f.write('\nappended')
with open(name, 'r+') as f:
    print(len(f.read()), f.read() == '')
with open(name, 'w') as f:
    f.write('a\r\nb\rc\n')
with open(name) as f:
    print(repr(f.read()))
with open(name, newline='') as f:
    print(repr(f.read()))
f = open(name)
f.close(); f.close()
for op in [f.read, f.readline, lambda: f.write('x'), lambda: iter(f), f.tell]:
    try:
        op()
    except ValueError as e:
        print('ValueError:', e)
for args in [(name, 'rw'), (name, 'z'), (name, 'rr'), (5.5,), ('_no_such_dir_/x.txt',), ('.',)]:
    try:
        open(*args)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__ + ':', e)
try:
    open('_no_such_file_here.txt')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args)
with open(name) as f:
    try:
        f.write('x')
    except OSError as e:
        print(type(e).__name__, isinstance(e, ValueError), e)
with open(name, 'w') as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.write(5)
    except TypeError as e:
        print('TypeError:', e)
try:
    open(name, 'x')
except FileExistsError as e:
    print('FileExistsError:', e.strerror)
with open(name, 'w') as f:
    f.write('')
print(repr(open(name).read()))
os.remove(name)
print(os.path.exists(name))
