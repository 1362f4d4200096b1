# Generators a for loop owns are closed when the loop is left early (break, return), and
# generators still suspended in module globals are closed at exit, as CPython's reference
# counting does; generators referenced elsewhere stay open.
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print('closing', tag)

for x in g('break'):
    print(x)
    break
print('after break')

def f():
    for x in g('return'):
        return x * 10
print(f(), 'after return')

gen = g('named')
for x in gen:
    break
print('named generator stays open')
print(next(gen))

def nested():
    for x in g('outer'):
        for y in g('inner'):
            if y == 2:
                break
        try:
            return 'r'
        finally:
            print('finally before close')
print(nested())

for x in g('exhausted'):
    pass
print('after exhaustion')

class Box:
    def items(self):
        yield 'a'
        try:
            yield 'b'
        finally:
            print('method generator closed')
for v in Box().items():
    if v == 'b':
        break

def stubborn():
    try:
        yield 1
    finally:
        yield 2
for x in stubborn():
    break
print('after stubborn')

def holder():
    h = g('held')
    keep.append(h)
    return h
keep = []
for x in holder():
    break
print('held generator stays open', next(keep[0]))

while True:
    for x in g('in while'):
        break
    break
print('end')
