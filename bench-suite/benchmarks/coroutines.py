"""Coroutines: recursive ``async def`` / ``await`` without asyncio.  Each task
computes Fibonacci numbers through a tree of awaiting coroutines; leaves
occasionally await a hand-written awaitable that suspends the whole chain.
A tiny round-robin scheduler drives the tasks with ``coro.send(None)`` and
catches StopIteration to collect results.

Stresses: coroutine creation, await delegation through deep chains,
suspension/resumption of nested frames, StopIteration results.
run(n) computes fib(n) in several interleaved tasks; returns a checksum.
"""


class Suspend(object):
    """Awaitable that gives control back to the scheduler exactly once."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        value = yield self
        return value


async def fib(n, counter):
    if n < 2:
        counter[0] += 1
        if counter[0] % 7 == 0:
            await Suspend(n)
        return n
    a = await fib(n - 1, counter)
    b = await fib(n - 2, counter)
    return a + b


async def task(n, counter):
    total = 0
    for k in range(n - 3, n + 1):
        total += await fib(k, counter)
    return total


def schedule(coros):
    """Round-robin the coroutines to completion; return (results, switches)."""
    ready = list(coros)
    results = [None] * len(ready)
    slots = list(range(len(ready)))
    switches = 0
    while ready:
        still = []
        still_slots = []
        for i in range(len(ready)):
            coro = ready[i]
            try:
                coro.send(None)
            except StopIteration as stop:
                results[slots[i]] = stop.value
                continue
            switches += 1
            still.append(coro)
            still_slots.append(slots[i])
        ready = still
        slots = still_slots
    return results, switches


QUICK = 22
DEFAULT = 27


def run(n):
    counters = [[0] for _ in range(4)]
    coros = [task(n - i, counters[i]) for i in range(4)]
    results, switches = schedule(coros)
    leaves = 0
    for c in counters:
        leaves += c[0]
    return "%s %d %d" % (",".join([str(r) for r in results]), switches,
                         leaves)
