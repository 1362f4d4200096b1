# Dict and set comprehensions.
print({x: x ** 2 for x in range(6)})
print({w: len(w) for w in "one two three two".split()})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print({k: v for k, v in zip("abc", range(3)) if v})
print({x % 5 for x in range(20)}, {c for c in "hello"} == set("helo"))
print(sorted({w.lower() for w in ["A", "b", "B", "a", "C"]}))
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
scores = {"amy": 82, "bob": 95, "cal": 67, "dee": 95}
print({name: "pass" if s >= 70 else "fail" for name, s in scores.items()})
best = max(scores.values())
print(sorted({name for name, s in scores.items() if s == best}))
by_len = {}
for w in ["aa", "b", "cc", "ddd", "e"]:
    by_len.setdefault(len(w), []).append(w)
print({k: sorted(v) for k, v in sorted(by_len.items())})
print({i: {j for j in range(i)} for i in range(4)})
matrix = [[1, 2], [3, 4]]
print({(r, c): matrix[r][c] for r in range(2) for c in range(2)})
print({c: "".join(sorted(c * 2)) for c in "ab"}, {x for x in ()} == set())
print(len({n % 7 for n in range(100)}), {n: n for n in range(3)} == dict(zip(range(3), range(3))))
