"""B-tree: an in-memory B-tree of minimum degree T (CLRS style: proactive
splitting on insert, borrow/merge on the way down for delete).  Inserts n
pseudo-random keys, looks up present and absent keys, deletes about half of
them, checks every structural invariant and walks the tree in order.

Stresses: list insert/pop in the middle, hand-written binary search,
recursion, method calls, object allocation.
run(n) works with n keys and returns "size found checksum".
"""
import _util

T = 6


class BNode(object):
    def __init__(self, leaf):
        self.leaf = leaf
        self.keys = []
        self.children = []


def lower_bound(keys, key):
    lo = 0
    hi = len(keys)
    while lo < hi:
        mid = (lo + hi) >> 1
        if keys[mid] < key:
            lo = mid + 1
        else:
            hi = mid
    return lo


class BTree(object):
    def __init__(self):
        self.root = BNode(True)
        self.size = 0

    def search(self, key):
        node = self.root
        while True:
            i = lower_bound(node.keys, key)
            if i < len(node.keys) and node.keys[i] == key:
                return True
            if node.leaf:
                return False
            node = node.children[i]

    def split_child(self, parent, i):
        full = parent.children[i]
        right = BNode(full.leaf)
        middle = full.keys[T - 1]
        right.keys = full.keys[T:]
        full.keys = full.keys[:T - 1]
        if not full.leaf:
            right.children = full.children[T:]
            full.children = full.children[:T]
        parent.keys.insert(i, middle)
        parent.children.insert(i + 1, right)

    def insert(self, key):
        root = self.root
        if len(root.keys) == 2 * T - 1:
            new_root = BNode(False)
            new_root.children.append(root)
            self.root = new_root
            self.split_child(new_root, 0)
            root = new_root
        node = root
        while True:
            i = lower_bound(node.keys, key)
            if i < len(node.keys) and node.keys[i] == key:
                return False
            if node.leaf:
                node.keys.insert(i, key)
                self.size += 1
                return True
            child = node.children[i]
            if len(child.keys) == 2 * T - 1:
                self.split_child(node, i)
                if key == node.keys[i]:
                    return False
                if key > node.keys[i]:
                    i += 1
            node = node.children[i]

    def delete(self, key):
        found = self._delete(self.root, key)
        root = self.root
        if not root.keys and not root.leaf:
            self.root = root.children[0]
        if found:
            self.size -= 1
        return found

    def _merge(self, node, i):
        """Merge children[i], keys[i] and children[i+1] into children[i]."""
        left = node.children[i]
        right = node.children.pop(i + 1)
        left.keys.append(node.keys.pop(i))
        left.keys.extend(right.keys)
        left.children.extend(right.children)
        return left

    def _delete(self, node, key):
        while True:
            keys = node.keys
            i = lower_bound(keys, key)
            if i < len(keys) and keys[i] == key:
                if node.leaf:
                    keys.pop(i)
                    return True
                left = node.children[i]
                right = node.children[i + 1]
                if len(left.keys) >= T:
                    pred = left
                    while not pred.leaf:
                        pred = pred.children[-1]
                    k = pred.keys[-1]
                    keys[i] = k
                    node = left
                    key = k
                elif len(right.keys) >= T:
                    succ = right
                    while not succ.leaf:
                        succ = succ.children[0]
                    k = succ.keys[0]
                    keys[i] = k
                    node = right
                    key = k
                else:
                    node = self._merge(node, i)
                continue
            if node.leaf:
                return False
            child = node.children[i]
            if len(child.keys) == T - 1:
                children = node.children
                if i > 0 and len(children[i - 1].keys) >= T:
                    sib = children[i - 1]
                    child.keys.insert(0, keys[i - 1])
                    keys[i - 1] = sib.keys.pop()
                    if not sib.leaf:
                        child.children.insert(0, sib.children.pop())
                elif i < len(children) - 1 and len(children[i + 1].keys) >= T:
                    sib = children[i + 1]
                    child.keys.append(keys[i])
                    keys[i] = sib.keys.pop(0)
                    if not sib.leaf:
                        child.children.append(sib.children.pop(0))
                elif i < len(children) - 1:
                    child = self._merge(node, i)
                else:
                    child = self._merge(node, i - 1)
            node = child

    def check(self):
        """Verify B-tree invariants; return (count, height)."""
        return self._check(self.root, None, None, True)

    def _check(self, node, lo, hi, is_root):
        keys = node.keys
        if not is_root and not (T - 1 <= len(keys) <= 2 * T - 1):
            raise RuntimeError("btree: bad node size")
        for j in range(1, len(keys)):
            if keys[j - 1] >= keys[j]:
                raise RuntimeError("btree: keys out of order")
        if keys:
            if lo is not None and keys[0] <= lo:
                raise RuntimeError("btree: key below range")
            if hi is not None and keys[-1] >= hi:
                raise RuntimeError("btree: key above range")
        if node.leaf:
            return len(keys), 1
        if len(node.children) != len(keys) + 1:
            raise RuntimeError("btree: bad fanout")
        total = len(keys)
        height = -1
        for j in range(len(node.children)):
            clo = keys[j - 1] if j > 0 else lo
            chi = keys[j] if j < len(keys) else hi
            c, h = self._check(node.children[j], clo, chi, False)
            total += c
            if height < 0:
                height = h
            elif h != height:
                raise RuntimeError("btree: unbalanced")
        return total, height + 1

    def items(self):
        out = []
        self._walk(self.root, out)
        return out

    def _walk(self, node, out):
        if node.leaf:
            out.extend(node.keys)
            return
        for j in range(len(node.keys)):
            self._walk(node.children[j], out)
            out.append(node.keys[j])
        self._walk(node.children[-1], out)


QUICK = 8000
DEFAULT = 70000


def run(n):
    rng = _util.Random(2024)
    tree = BTree()
    keys = []
    for _ in range(n):
        k = rng.randrange(n * 4)
        if tree.insert(k):
            keys.append(k)
    found = 0
    for k in keys:
        if tree.search(k):
            found += 1
    for i in range(n):
        if tree.search(i * 4 + 1):
            found += 1
    count, height = tree.check()
    if count != tree.size or count != len(keys):
        raise RuntimeError("btree: size mismatch")
    rng.shuffle(keys)
    half = len(keys) // 2
    for k in keys[:half]:
        if not tree.delete(k):
            raise RuntimeError("btree: delete failed")
    for k in keys[:half:3]:
        if tree.delete(k):
            raise RuntimeError("btree: deleted twice")
    count, height2 = tree.check()
    if count != tree.size:
        raise RuntimeError("btree: size mismatch after delete")
    items = tree.items()
    checksum = 0
    for k in items:
        checksum = (checksum * 31 + k) % 1000000007
    return "%d %d %d %d %d" % (tree.size, found, height, height2, checksum)
