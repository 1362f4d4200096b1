# Indexing and slicing strings.
s = "Hello, World!"
print(s[0], s[7], s[-1], s[-6], len(s))
print(s[0:5], s[7:], s[:5], s[-6:], s[:-1])
print(s[::2], s[1::2], s[::-1], s[::-2], s[-2::-3])
print(s[3:3], repr(s[5:2]), s[100:], repr(s[-100:-50]), s[-100:3])
print(s[2:10:3], s[10:2:-3], s[:2:-1])
print(s[0:len(s)] == s, s[:] == s)
for i in range(0, len(s), 4):
    print(i, repr(s[i:i + 4]))
try:
    s[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = "J"
except TypeError as e:
    print(type(e).__name__)
u = "héllo wörld ✓"
print(u[1], u[-1], u[::-1], len(u))
print("".join(reversed(s)) == s[::-1])
print("abc"[True], "abc"[False:], "x"[0][0][0])
print("abcdef"[slice(1, 5, 2)], "abcdef"[slice(None, None, -1)])
word = "racecar"
print(word == word[::-1], "python"[::-1] == "python")
