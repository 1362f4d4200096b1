"""GCBench: the shape of Hans Boehm's classic garbage-collector benchmark.
Builds a temporary "stretch" tree, then a long-lived tree and a long-lived
array of floats that stay reachable for the whole run, and then for each
depth from 4 to n (step 2) builds many temporary complete trees both
top-down (allocate empty nodes, then populate children) and bottom-up
(children first), dropping each immediately.

Stresses: allocator and collector under a large live heap, object field
stores, recursion, generational behaviour (old objects, many young ones).
run(n) uses maximum tree depth n; returns a checksum of node counts.
"""


class Node(object):
    def __init__(self, left=None, right=None):
        self.left = left
        self.right = right
        self.i = 0
        self.j = 0


def tree_size(depth):
    return (1 << (depth + 1)) - 1


def num_iters(depth, stretch_depth):
    return 2 * tree_size(stretch_depth) // tree_size(depth)


def populate(depth, node):
    """Top-down construction: give node two children and recurse."""
    if depth <= 0:
        return
    depth -= 1
    node.left = Node()
    node.right = Node()
    populate(depth, node.left)
    populate(depth, node.right)


def make_tree(depth):
    """Bottom-up construction."""
    if depth <= 0:
        return Node()
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def count(node):
    total = 0
    stack = [node]
    while stack:
        n = stack.pop()
        if n is None:
            continue
        total += 1
        n.i += 1
        stack.append(n.left)
        stack.append(n.right)
    return total


MIN_DEPTH = 4

QUICK = 11
DEFAULT = 15


def run(n):
    max_depth = max(n, MIN_DEPTH + 2)
    stretch_depth = max_depth + 1
    checksum = 0
    stretch = make_tree(stretch_depth)
    checksum += count(stretch)
    stretch = None

    long_lived = Node()
    populate(max_depth, long_lived)
    array_size = 1 << (max_depth + 2)
    array = [0.0] * array_size
    for i in range(array_size // 2):
        array[i] = 1.0 / (i + 1)

    for depth in range(MIN_DEPTH, max_depth + 1, 2):
        iters = num_iters(depth, stretch_depth)
        built = 0
        for _ in range(iters):
            temp = Node()
            populate(depth, temp)
            built += 1
            temp = None
        for _ in range(iters):
            temp = make_tree(depth)
            built += 1
            temp = None
        checksum = checksum * 3 + built
    checksum = checksum * 7 + count(long_lived)
    if array[1000 % array_size] != 1.0 / (1000 % array_size + 1):
        raise RuntimeError("long-lived array was damaged")
    return checksum
