# count, partition and rpartition.
s = "banana bandana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count(""), s.count("z"))
print(s.count("a", 3), s.count("a", 3, 8), s.count("a", -4), "aaaa".count("aa"))
print("".count(""), "".count("a"), "abc".count("", 1))
print(s.partition(" "), s.rpartition(" "))
print(s.partition("an"), s.rpartition("an"))
print(s.partition("zz"), s.rpartition("zz"))
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("=start".partition("="), "end=".rpartition("="))
try:
    s.partition("")
except ValueError as e:
    print(type(e).__name__, e)
config = ["host = example.org", "port=8080", "flag", "path = /a=b"]
for line in config:
    key, sep, value = line.partition("=")
    if sep:
        print(repr(key.strip()), "->", repr(value.strip()))
    else:
        print(repr(key), "has no value")
url = "https://example.org/path/to/page.html"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
dirpart, _, fname = path.rpartition("/")
print(scheme, host, dirpart, fname)
print(sum(w.count("e") for w in ["bee", "tree", "sky"]))
