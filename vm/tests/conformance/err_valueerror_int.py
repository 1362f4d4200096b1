# Uncaught ValueError parsing a non-numeric string with int().
raw = ["12", " 7 ", "-3", "abc", "5"]
parsed = []


def parse(token):
    value = int(token)
    return value


for token in raw:
    print("parsing", repr(token))
    parsed.append(parse(token))
    print("parsed so far:", parsed)
print("sum:", sum(parsed))
