# Asynchronous generators (__anext__/asend/athrow/aclose) and async for over them and
# over __aiter__/__anext__ objects, driven by a hand-written loop.
class Sleep:
    def __await__(self):
        yield "tick"
        return "slept"
async def agen(n):
    for i in range(n):
        got = await Sleep()
        x = yield i * 10
        if x is not None:
            print("agen got", x)
    print("agen done")
class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Sleep()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    a = agen(3)
    print(type(a).__name__, hasattr(a, "__anext__"), hasattr(a, "__aiter__"), a.__aiter__() is a)
    async for v in agen(3):
        print("item", v)
    else:
        print("else ran")
    async for v in Counter(4):
        if v == 3:
            break
        print("count", v)
    else:
        print("not printed")
    g = agen(3)
    print(await g.__anext__(), await g.asend("hello"), await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    g2 = agen(5)
    print(await g2.__anext__())
    await g2.aclose()
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print("closed")
    g3 = agen(5)
    await g3.__anext__()
    try:
        await g3.athrow(ValueError("inside"))
    except ValueError as e:
        print("athrow", e)
    total = 0
    async for a, b in pairs():
        total += a * b
    return total
async def pairs():
    yield 1, 2
    yield 3, 4
def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as s:
        return s.value, ticks
print(run(main()))
async def bad():
    async for x in 5:
        pass
try:
    run(bad())
except TypeError as e:
    print("TypeError", e)
for src in ["def f():\n    async for x in y:\n        pass", "async def f():\n    yield 1\n    return 2", "async def f():\n    yield from g()"]:
    try:
        exec(src)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
