# is* predicate methods.
samples = ["abc", "ABC", "Abc", "123", "abc123", "", " ", " \t\n", "a b",
           "½", "٣", "é", "Hello World", "HELLO WORLD", "hello!", "_", "x1_"]
print("sample".ljust(14), "digit alpha space alnum upper lower")
for s in samples:
    flags = [s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.isupper(), s.islower()]
    print(repr(s).ljust(14), " ".join("T" if f else "." for f in flags))
print("123".isdecimal(), "123".isnumeric(), "½".isnumeric(), "½".isdecimal())
print("Hello World".istitle(), "Hello world".istitle(), "".istitle())
print("abc".isidentifier(), "1abc".isidentifier(), "_x".isidentifier(), "a-b".isidentifier())
print("abc".isprintable(), "a\nb".isprintable(), "".isprintable())
print("abc".isascii(), "é".isascii(), "".isascii())
def classify(ch):
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "upper" if ch.isupper() else "lower"
    if ch.isspace():
        return "space"
    return "other"
print([classify(c) for c in "aZ9 _\t"])
print(sum(1 for c in "Hello World 2024!" if c.isupper()), sum(c.isdigit() for c in "a1b22c333"))
