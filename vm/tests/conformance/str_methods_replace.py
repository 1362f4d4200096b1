# str.replace and related.
s = "the cat sat on the mat"
print(s.replace("at", "og"))
print(s.replace("the", "a", 1))
print(s.replace("xyz", "abc"))
print(s.replace(" ", ""))
print("abc".replace("", "-"))
print("aaaa".replace("aa", "b"), "aaa".replace("aa", "b"))
print("abc".replace("b", "bbb").replace("bb", "x"))
print("banana".replace("a", "o", 2), "banana".replace("a", "o", 0), "banana".replace("a", "o", -1))
print("tab\tsep".replace("\t", "    "))
print("héllo".replace("é", "e"), "✓✓".replace("✓", "ok"))
text = "x" * 5
print(text.replace("x", "ab"))
s2 = s
for old, new in [("cat", "dog"), ("mat", "rug"), ("sat", "slept")]:
    s2 = s2.replace(old, new)
print(s2)
print(s)
print("a.b.c".replace(".", "", 1), "".replace("", "z"))
print("Mississippi".replace("ss", "SS").replace("i", "I", 2))
