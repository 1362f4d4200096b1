# async with: __aenter__/__aexit__ awaited, exceptions suppressed or propagated, exits on
# break and return, several managers, protocol errors (driven by a hand-written loop).
class Sleep:
    def __await__(self):
        yield "tick"
        return "slept"
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        print("enter", self.name, await Sleep())
        return self.name.upper()
    async def __aexit__(self, et, e, tb):
        print("exit", self.name, et.__name__ if et else None, await Sleep())
        return self.suppress
async def main():
    async with CM("a") as x:
        print("body", x)
    async with CM("b", suppress=True):
        raise KeyError("swallowed")
    try:
        async with CM("c"):
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
    for i in range(3):
        async with CM("loop") as y:
            if i == 1:
                break
    async with CM("outer") as o, CM("inner") as n:
        print("both", o, n)
    return await inner_return()
async def inner_return():
    async with CM("ret"):
        return "returned"
def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as s:
        return s.value, ticks
print(run(main()))
class NoAexit:
    async def __aenter__(self): return 1
async def bad():
    async with NoAexit():
        pass
try:
    run(bad())
except TypeError as e:
    print("TypeError", e)
try:
    exec("def f():\n    async with x:\n        pass")
except SyntaxError as e:
    print("SyntaxError", e.msg)
