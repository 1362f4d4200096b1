# find / rfind / index / rindex / in.
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find(""), s.find("a", 1), s.find("a", 1, 3))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind(""), s.rfind("a", 0, 5))
print(s.index("cad"), s.rindex("a"), s.index("a", 4), s.rindex("bra", 0, 8))
print(s.find("a", -3), s.find("a", -100), s.find("abra", 7), s.find("bra", 2, 4))
print("bra" in s, "xyz" in s, "" in s, "a" not in s)
try:
    s.index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("q")
except ValueError as e:
    print(type(e).__name__)
positions = []
start = 0
while True:
    i = s.find("a", start)
    if i < 0:
        break
    positions.append(i)
    start = i + 1
print(positions)
print("héllo wörld".find("wö"), "✓ check".find("check"))
print("aaa".find("aa", 1), "aaa".rfind("aa"), "aaa".find("aaaa"))
