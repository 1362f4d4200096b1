# open(): the newline argument when writing and reading lines
import os, time
name = f'_pyrite_nl_{time.time_ns()}.txt'
for wnl in [None, '', '\n', '\r', '\r\n']:
    with open(name, 'w', newline=wnl) as f:
        f.write('a\nb\r\nc\rd')
    with open(name, newline='') as f:
        raw = f.read()
    views = []
    for rnl in [None, '', '\n', '\r', '\r\n']:
        with open(name, newline=rnl) as f:
            views.append((f.readlines(), f.tell()))
        with open(name, newline=rnl) as f:
            views.append([line for line in f])
    print(repr(wnl), repr(raw), views)
with open(name, 'w', newline='') as f:
    f.write('x\r')
with open(name) as f:
    print(repr(f.readline()), repr(f.readline()))
with open(name, 'w', newline='') as f:
    f.write('one\r\ntwo\r\n' * 3000 + 'end')
with open(name) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], set(lines[:-1]))
with open(name, newline='') as f:
    print(len(f.read()), f.read())
os.remove(name)
