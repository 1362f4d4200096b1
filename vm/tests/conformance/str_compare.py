# String comparison, ordering and sorting.
print("a" < "b", "a" < "B", "Z" < "a", "abc" < "abd", "abc" < "ab", "" < "a")
print("apple" == "apple", "apple" != "Apple", "a" * 3 == "aaa")
print("é" > "z", "日" > "é", "😀" > "日", "10" < "9", "abc" <= "abc")
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "éclair", "10", "9"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
print(max(words), min(words), max(words, key=len))
print("b" in "abc", "abc" in "xabcx", "ac" in "abc")
print("abc".__lt__("abd"), "abc".__eq__("abc"))
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__)
print("a" == 1, "1" == 1, "a" != None)
print(("a", 2) < ("a", 3), ["x", "y"] > ["x"], "ab" > "a" > "")
print(ord("A") < ord("a"), chr(65) + chr(97))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
