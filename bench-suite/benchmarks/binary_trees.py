"""Binary trees: the benchmarks-game allocation test.  Builds a "stretch"
tree, keeps one long-lived tree, then for every depth d from 4 to n (step 2)
allocates and walks 2**(n - d + 4) complete binary trees of depth d.

Stresses: allocation and freeing of huge numbers of small objects (GC /
refcount / allocator throughput), recursion.
run(n) uses maximum depth n and returns the concatenated node counts.
"""


class Tree(object):
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def make_tree(depth):
    if depth == 0:
        return Tree(None, None)
    depth -= 1
    return Tree(make_tree(depth), make_tree(depth))


MIN_DEPTH = 4

QUICK = 10
DEFAULT = 14


def run(n):
    max_depth = max(MIN_DEPTH + 2, n)
    out = []
    stretch = make_tree(max_depth + 1)
    out.append(stretch.check())
    stretch = None
    long_lived = make_tree(max_depth)
    for depth in range(MIN_DEPTH, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + MIN_DEPTH)
        checked = 0
        for _ in range(iterations):
            checked += make_tree(depth).check()
        out.append(checked)
    out.append(long_lived.check())
    return " ".join([str(x) for x in out])
