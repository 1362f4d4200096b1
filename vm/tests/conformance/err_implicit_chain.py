# Uncaught exception raised while handling another (implicit chaining).
WORDS = {"one": 1, "two": 2, "ten": 10}


def parse_number(text):
    try:
        return int(text)
    except ValueError:
        return WORDS[text.strip().lower()]


for t in ("10", "two", "-4", " TEN "):
    print(repr(t), "->", parse_number(t))
print("now an unparseable word")
print(parse_number("three"))
print("not reached")
