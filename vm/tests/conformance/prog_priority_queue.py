# A binary min-heap priority queue written by hand, used for Dijkstra and heap sort.
class Heap:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break
    def pop(self):
        a = self.items
        last = a.pop()
        if not a:
            return last
        top, a[0] = a[0], last
        i = 0
        while True:
            l, r, smallest = 2 * i + 1, 2 * i + 2, i
            if l < len(a) and a[l] < a[smallest]:
                smallest = l
            if r < len(a) and a[r] < a[smallest]:
                smallest = r
            if smallest == i:
                return top
            a[i], a[smallest] = a[smallest], a[i]
            i = smallest

h = Heap()
data = [(i * 7919) % 101 for i in range(40)]
for x in data:
    h.push(x)
out = [h.pop() for _ in range(len(h))]
print(out == sorted(data), out[:10], out[-5:])
tasks = Heap()
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    tasks.push((prio, name))
while tasks:
    print(tasks.pop())
graph = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4},
    "F": {},
}
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = Heap()
    pq.push((0, src))
    while pq:
        d, node = pq.pop()
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                pq.push((nd, nxt))
    return dist, prev
dist, prev = dijkstra("A")
print(sorted(dist.items()))
path, node = [], "F"
while node != "A":
    path.append(node)
    node = prev[node]
print("->".join(["A"] + path[::-1]))
