# async def / await without an event loop: coroutines driven by send(), awaitables with
# __await__, delegation through chains, exceptions across await, and misuse errors.
class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield ('tick', self.v)
        return self.v if got is None else got


async def add(a, b):
    x = await Ready(a)
    y = await Ready(b)
    return x + y


async def chain(n):
    if n == 0:
        return await add(1, 2)
    return 1 + await chain(n - 1)


async def fails():
    await Ready(0)
    raise ValueError('inside coroutine')


async def catches():
    try:
        await fails()
    except ValueError as e:
        return 'caught ' + str(e)


def drive(coro, replies=()):
    replies = list(replies)
    try:
        while True:
            print('  yielded', coro.send(replies.pop(0) if replies else None))
    except StopIteration as e:
        return e.value


print(drive(add(1, 2)))
print(drive(add(1, 2), [None, 40]))
print(drive(chain(3)))
print(drive(catches()))
c = add(5, 6)
print(type(c).__name__, c.__name__, c.__qualname__)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    add(1, 2).send(5)
except TypeError as e:
    print('TypeError:', e)


async def bad():
    return await 5


try:
    bad().send(None)
except TypeError as e:
    print('TypeError:', e)
