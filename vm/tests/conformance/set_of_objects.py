# Sets of strings, tuples and user objects (printed via sorted).
names = {"carol", "alice", "bob", "alice"}
print(sorted(names), len(names), "bob" in names)
pairs = {(i % 3, i % 2) for i in range(12)}
print(sorted(pairs), len(pairs))
mixed = {1, "1", 1.0, (1,), None}
print(len(mixed), sorted(str(x) for x in mixed))
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Pt) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Pt({self.x}, {self.y})"
pts = {Pt(1, 2), Pt(1, 2), Pt(2, 1), Pt(0, 0)}
print(len(pts), Pt(2, 1) in pts, sorted(pts, key=lambda p: (p.x, p.y)))
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__)
seen = set()
order = []
for w in "b a c a b d".split():
    if w not in seen:
        seen.add(w)
        order.append(w)
print(order)
print(sorted({w.lower() for w in ["A", "a", "B", "b"]}))
print(sorted({-5, 10, -1, 3}), sorted({2 ** 70, -(2 ** 70), 0}), sorted({0.5, -0.5}))
