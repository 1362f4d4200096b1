# startswith / endswith with tuples and ranges.
s = "hello_world.py"
print(s.startswith("hello"), s.startswith("world"), s.endswith(".py"), s.endswith(".txt"))
print(s.startswith(("x", "he")), s.endswith((".c", ".h")), s.endswith(()))
print(s.startswith("world", 6), s.startswith("wor", 6, 8), s.endswith("hello", 0, 5))
print(s.startswith(""), s.endswith(""), "".startswith(""), "".startswith("a"))
print(s.startswith("hello", -100), s.endswith("py", -2), s.startswith("o", -4))
files = ["main.py", "lib.rs", "README.md", "test_main.py", "notes.txt", "setup.cfg"]
print([f for f in files if f.endswith(".py")])
print([f for f in files if f.startswith("test_")])
print([f for f in files if f.endswith((".md", ".txt"))])
print([f for f in files if not f.lower().startswith(("r", "s"))])
try:
    s.startswith(["he"])
except TypeError as e:
    print(type(e).__name__)
def strip_prefix(text, prefixes):
    for p in prefixes:
        if text.startswith(p):
            return text[len(p):]
    return text
print(strip_prefix("Mr. Smith", ["Dr. ", "Mr. "]), strip_prefix("Smith", ["Dr. "]))
print("日本語".startswith("日"), "😀x".endswith("x"), "naïve".startswith("naï"))
