# Practical comprehension patterns: parsing, grouping, filtering records.
lines = ["alice,30,engineer", "bob,25,designer", "carol,35,engineer", "dan,28,manager", ""]
records = [dict(zip(["name", "age", "role"], l.split(","))) for l in lines if l]
print(records[0])
ages = {r["name"]: int(r["age"]) for r in records}
print(ages)
roles = {r["role"] for r in records}
print(sorted(roles))
by_role = {role: [r["name"] for r in records if r["role"] == role] for role in sorted(roles)}
print(by_role)
print([r["name"].title() for r in records if int(r["age"]) > 27])
print(sum(int(r["age"]) for r in records) / len(records))
text = "It was the best of times, it was the worst of times."
words = [w.strip(",.").lower() for w in text.split()]
freq = {w: words.count(w) for w in words}
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print([w for w in dict.fromkeys(words) if len(w) > 3])
matrix = [[3, 0, 1], [0, 0, 0], [2, 5, 0]]
print([i for i, row in enumerate(matrix) if any(row)])
print([[v or "-" for v in row] for row in matrix])
print({(r, c): v for r, row in enumerate(matrix) for c, v in enumerate(row) if v})
