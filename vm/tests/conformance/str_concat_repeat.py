# Concatenation, repetition and building strings.
a, b = "foo", "bar"
print(a + b, a + " " + b, a * 3, 3 * b, a * 0, repr(a * -2))
c = a
c += b
print(c, a)
c *= 2
print(c)
print("-" * 20)
print("ab" "cd" 'ef', "x" + str(5) + str(2.5) + str(None) + str(True))
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "".join(parts))
s = ""
for ch in "hello":
    s = ch + s
print(s)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__)
print(str(), str(123), str(-4.5), str([1, "a"]), str((1,)), str({"k": "v"}))
print(len("abc" * 1000), ("ab" * 3)[::2])
line = "=" * 5 + " title " + "=" * 5
print(line, len(line))
print("%s%s" % (a, b) == a + b)
