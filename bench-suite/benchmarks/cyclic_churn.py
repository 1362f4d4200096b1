"""Cyclic churn: creates and immediately drops huge numbers of reference
cycles -- doubly linked lists, rings of objects pointing at each other,
parent/child trees with back-pointers, self-referencing dicts and lists, and
closures that capture their own cell -- so that none of the garbage can be
reclaimed by reference counting alone.  A full collection is requested at
the end of every round.

Stresses: the cycle collector (or a tracing GC), allocation of objects,
dicts, lists and closures, attribute stores.
run(n) performs n rounds of churn and returns an integer checksum computed
from the structures while they were alive.
"""
import gc


class DNode(object):
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


def doubly_linked(length):
    head = DNode(0)
    tail = head
    for i in range(1, length):
        node = DNode(i)
        node.prev = tail
        tail.next = node
        tail = node
    # close the ring as well
    tail.next = head
    head.prev = tail
    total = 0
    node = head.prev
    for _ in range(length):
        total += node.value
        node = node.prev
    return total


class Peer(object):
    def __init__(self, ident):
        self.ident = ident
        self.friends = []
        self.owner = None


def peer_web(count):
    peers = [Peer(i) for i in range(count)]
    for i in range(count):
        p = peers[i]
        p.friends.append(peers[(i * 7 + 3) % count])
        p.friends.append(peers[(i + 1) % count])
        p.owner = peers
    total = 0
    for p in peers:
        for f in p.friends:
            total += f.ident
    return total


class TreeNode(object):
    def __init__(self, parent, depth):
        self.parent = parent
        self.depth = depth
        self.children = []


def back_pointer_tree(depth, fanout):
    root = TreeNode(None, 0)
    frontier = [root]
    nodes = 1
    for d in range(1, depth):
        nxt = []
        for parent in frontier:
            for _ in range(fanout):
                child = TreeNode(parent, d)
                parent.children.append(child)
                nxt.append(child)
                nodes += 1
        frontier = nxt
    # walk up from every leaf to the root through the back-pointers
    steps = 0
    for leaf in frontier:
        node = leaf
        while node.parent is not None:
            node = node.parent
            steps += 1
    return nodes * 1000 + steps


def self_containers(count):
    total = 0
    for i in range(count):
        d = {"id": i}
        d["self"] = d
        lst = [i, d]
        lst.append(lst)
        d["list"] = lst
        total += len(d) + len(lst) + d["self"]["list"][0]
    return total


def closure_cycles(count):
    total = 0
    for i in range(count):
        def counter(k, _i=i):
            if k <= 0:
                return _i
            return counter(k - 1) + 1
        holder = {"fn": counter}
        holder["me"] = holder
        total += holder["fn"](3)
    return total


QUICK = 10
DEFAULT = 150


def run(n):
    checksum = 0
    for r in range(n):
        checksum = (checksum * 31 + doubly_linked(2000 + r)) % 1000000007
        checksum = (checksum * 31 + peer_web(1500)) % 1000000007
        checksum = (checksum * 31 + back_pointer_tree(7, 3)) % 1000000007
        checksum = (checksum * 31 + self_containers(1500)) % 1000000007
        checksum = (checksum * 31 + closure_cycles(800)) % 1000000007
        gc.collect()
    return checksum
