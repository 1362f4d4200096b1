# Uncaught AttributeError calling a method on None returned by a function.
def find(words, prefix):
    for w in words:
        if w.startswith(prefix):
            return w
    return None


words = ["apple", "banana", "cherry"]
print(find(words, "b").upper())
print(find(words, "c").upper())
print("searching for a missing prefix")
result = find(words, "z")
print("result is", result)
print(result.upper())
