# repr() of strings: quote selection and escapes.
cases = [
    "plain", "it's", 'say "hi"', "both ' and \"", "back\\slash",
    "tab\there", "new\nline", "cr\rret", "nul\x00byte", "bell\x07",
    "del\x7f", "\x1b[0m", "é", "日本", "\u200b", "\U0001F600", "\x80\xa0", "",
    "\\n is not newline", "'", '"', "''\"",
]
for s in cases:
    print(repr(s), len(s))
print(str("a\tb"), "|", repr(["a\tb", "it's"]))
print([repr("x")], (repr("x"),), {"k'": 'v"'})
print(r"raw\nstring", len(r"\n"), r"C:\path\to", "\\")
print("multi" "part" 'string', '''triple 'quoted' "text"''')
print("""line1
line2""")
print("\101\x42\u0043", "\0" == "\x00", "\\z")
print("a\
b")
