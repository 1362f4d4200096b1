# ord / chr conversions and simple ciphers.
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(chr(65), chr(122), chr(48), repr(chr(10)), chr(8364), chr(128512))
print([chr(c) for c in range(ord("a"), ord("a") + 6)])
def caesar(text, k):
    out = []
    for c in text:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3), caesar("xyz", 30))
def rot13(text):
    return caesar(text, 13)
print(rot13("Why did the chicken cross the road?"), rot13(rot13("abc")) == "abc")
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, bad)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__)
print(sum(ord(c) for c in "checksum") % 256)
print(chr(0x41) + chr(0x3b1) + chr(0x5d0), hex(ord("日")), chr(int("263a", 16)))
