# Build and drop 2000 cyclic doubly-linked structures; results must be unaffected by GC.
import gc

class Node:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None

def make_ring(n, base):
    nodes = [Node(base + i) for i in range(n)]
    for i, node in enumerate(nodes):
        node.next = nodes[(i + 1) % n]
        node.prev = nodes[i - 1]
    return nodes[0]

def ring_sum(head):
    total = head.value
    node = head.next
    while node is not head:
        total += node.value
        node = node.next
    return total

checksum = 0
for i in range(2000):
    head = make_ring(2, i)
    checksum += ring_sum(head)
    if i % 500 == 0:
        gc.collect()
        print("iteration", i, "checksum so far", checksum)
head = None
gc.collect()
print("final checksum", checksum)
keeper = make_ring(5, 100)
for _ in range(3):
    gc.collect()
print("survivor ring sum", ring_sum(keeper), ring_sum(keeper.prev.prev))
print("walk backwards", [keeper.prev.value, keeper.prev.prev.value])
