# str.split / rsplit with and without separators and maxsplit.
print("a b  c\td\ne".split())
print("  leading and trailing  ".split())
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 1))
print("a,b,,c,".split(",", maxsplit=2))
print("a,b,c".rsplit(",", 1), "a b c d".rsplit(None, 2))
print("".split(), "".split(","), "   ".split(), " x ".split(" "))
print("one::two::three".split("::"), "abcabc".split("bc"))
print("no separators here".split("|"))
print("1 2 3".split(" ", 0), "  a b ".split(None, 1), "  a b ".rsplit(None, 1))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
line = "name=Alice; age=30; city=Paris"
fields = {}
for part in line.split(";"):
    k, v = part.strip().split("=")
    fields[k] = v
print(fields)
csv = "x,y\n1,2\n3,4\n"
rows = [r.split(",") for r in csv.strip().split("\n")]
print(rows)
print([int(c) for c in "10 20 30".split()])
print("path/to/file.txt".rsplit("/", 1)[-1], "file.tar.gz".split(".", 1))
print("a\u3000b".split(), "x\x0by\x0cz".split())
