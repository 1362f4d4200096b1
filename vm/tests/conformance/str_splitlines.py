# splitlines with different line endings and keepends.
text = "line one\nline two\r\nline three\rline four\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True)[1:3])
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(), "x\n".splitlines())
print("no newline".splitlines(), "a\n b \n".splitlines())
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("a\nb".split("\n"), "a\nb\n".split("\n"), "a\nb\n".splitlines())
poem = """Roses are red,
  Violets are blue,
Sugar is sweet,
  And so are you."""
for i, line in enumerate(poem.splitlines(), 1):
    print(i, len(line), repr(line.strip()))
indented = [l for l in poem.splitlines() if l.startswith("  ")]
print(len(indented), indented[0].lstrip())
print(len(poem.splitlines(True)[0]))
