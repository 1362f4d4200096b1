"""Generators: recursive in-order traversal of a binary tree with
``yield from`` (so each value passes through a stack of delegating
generators as deep as the tree), followed by a long pipeline of chained
generator stages (map, filter, running sum, pairwise windows) and a
coroutine-style consumer fed with ``send``.

Stresses: generator creation, resumption and ``yield from`` delegation,
generator.send, StopIteration handling, closures.
run(n) walks a tree of n nodes several times and returns a checksum string.
"""


class Node(object):
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right


def build(lo, hi):
    """Balanced tree holding lo..hi-1."""
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(build(lo, mid), mid, build(mid + 1, hi))


def inorder(node):
    if node is None:
        return
    yield from inorder(node.left)
    yield node.value
    yield from inorder(node.right)


def mapped(fn, source):
    for x in source:
        yield fn(x)


def filtered(pred, source):
    for x in source:
        if pred(x):
            yield x


def running_sum(source):
    total = 0
    for x in source:
        total += x
        yield total


def pairs(source):
    it = iter(source)
    try:
        prev = next(it)
    except StopIteration:
        return
    for x in it:
        yield prev, x
        prev = x


def take(count, source):
    if count <= 0:
        return
    for x in source:
        yield x
        count -= 1
        if count == 0:
            return


def accumulator():
    """Coroutine: receives values via send(), yields a rolling hash."""
    h = 0
    while True:
        value = yield h
        if value is None:
            break
        h = (h * 31 + value) % 1000000007
    return h


def pipeline(tree, modulus):
    stage = inorder(tree)
    stage = mapped(lambda v: v * 3 + 1, stage)
    stage = filtered(lambda v: v % modulus != 0, stage)
    stage = running_sum(stage)
    stage = pairs(stage)
    stage = mapped(lambda p: (p[1] - p[0]) ^ (p[0] & 0xFFFF), stage)
    return stage


QUICK = 10000
DEFAULT = 150000


def run(n):
    tree = build(0, n)
    checksum = 0
    depth_sum = 0
    for v in inorder(tree):
        depth_sum += v
    for modulus in (2, 3, 5, 7):
        acc = accumulator()
        next(acc)
        last = 0
        for v in take(n - n // modulus - 2, pipeline(tree, modulus)):
            last = acc.send(v)
        try:
            acc.send(None)
        except StopIteration as stop:
            last = stop.value
        checksum = (checksum * 7 + last) % 1000000007
    return "%d %d" % (depth_sum, checksum)
