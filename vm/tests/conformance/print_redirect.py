# print() writes each piece to sys.stdout as it is when called (or file=), in order.
import sys
class W:
    def __init__(self): self.buf = []
    def write(self, s): self.buf.append(s); return len(s)
w = W(); print('a', 'b', file=w); print(w.buf)
class Loud:
    def __str__(self):
        print('inside')
        return 'loud'
print(1, Loud(), 2)
class Bad:
    def __str__(self): raise ValueError('no str')
try:
    print('before', Bad(), 'after')
except ValueError as e:
    print()
    print('ValueError', e)
saved = sys.stdout
sys.stdout = w
print('to w', 42)
print('also', sep='-', end='!')
sys.stdout = None
print('nowhere')
sys.stdout = saved
print(w.buf)
print('back', file=None)
sys.stderr.write('')
print('x', file=sys.stdout, flush=True)
