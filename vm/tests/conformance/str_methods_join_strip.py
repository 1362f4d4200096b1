# join and the strip family.
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " - ".join("abc"))
print("-".join([]), "-".join(["solo"]), ", ".join(str(i) for i in range(5)))
print("\n".join(["line1", "line2"]))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__)
s = "   padded text \t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abcba".lstrip("ab")))
print(repr("abcba".rstrip("ab")), repr("....".strip(".")), repr("".strip()))
print(repr("hello".strip("")), repr("  x  ".strip(None)))
print(repr("www.example.com".strip("cmowz.")))
print(repr("mississippi".rstrip("ips")), repr("mississippi".lstrip("mis")))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"))
print("body".removeprefix("zz"), "body".removesuffix(""))
words = ["  alpha ", "beta  ", "  gamma"]
print([w.strip() for w in words])
print("|".join(w.strip().upper() for w in words))
print("\u00a0nbsp\u00a0".strip() == "nbsp")
