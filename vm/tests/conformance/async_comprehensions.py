# Asynchronous comprehensions (list/set/dict/generator, mixed with sync clauses).
class Sleep:
    def __await__(self):
        yield "tick"
        return "slept"
async def agen(n):
    for i in range(n):
        await Sleep()
        yield i
async def main():
    a = [x * 2 async for x in agen(4)]
    b = {x async for x in agen(3) if x != 1}
    c = {x: x * x async for x in agen(3)}
    d = [(x, y) async for x in agen(2) for y in "ab"]
    e = [y for x in [1, 2] async for y in agen(x)]
    g = (x + 100 async for x in agen(3))
    f = [v async for v in g]
    return a, b, c, d, e, f, type(g).__name__
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as s:
        return s.value
print(run(main()))
try:
    exec("def f():\n    return [x async for x in y]")
except SyntaxError as e:
    print("SyntaxError", e.msg)
