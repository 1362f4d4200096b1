# OSError: errno/strerror/filename arguments, message format and subclass mapping
for args in [(), ('plain',), (2, 'No such file or directory'), (2, 'No such file or directory', 'a.txt'),
             (13, 'Permission denied', 'x', None, 'y'), (1, 2, 3, 4, 5, 6), (99, 'custom'), ('x', 'y')]:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, str(e), repr(e))
for no in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 115, 5]:
    print(no, type(OSError(no, 'msg')).__name__, isinstance(OSError(no, 'm'), OSError))
print(type(FileNotFoundError(13, 'x')).__name__, type(OSError(2)).__name__, type(IOError(2, 'x')).__name__, type(EnvironmentError(17, 'x')).__name__)
try:
    raise FileNotFoundError(2, 'No such file or directory', 'missing.txt')
except OSError as e:
    print('caught', type(e).__name__, e, e.errno)
class MyErr(OSError):
    def __init__(self, path):
        super().__init__(2, 'gone', path)
        self.path = path
m = MyErr('p'); print(type(m).__name__, m, m.args, m.filename, m.path)
class Plain(OSError):
    pass
p = Plain(2, 'x', 'f'); print(type(p).__name__, p, p.args, p.errno)
try:
    OSError(1, 'x', filename='f')
except TypeError as e:
    print('TypeError:', e)
raise PermissionError(13, 'Permission denied', '/root/secret')
