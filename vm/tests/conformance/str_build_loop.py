# Building strings in loops: reversing words, run-length encoding, wrapping.
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(s[i] + str(j - i))
        i = j
    return "".join(out)

def unrle(s):
    out = ""
    i = 0
    while i < len(s):
        ch = s[i]
        i += 1
        num = ""
        while i < len(s) and s[i].isdigit():
            num += s[i]
            i += 1
        out += ch * int(num)
    return out

for t in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz"]:
    e = rle(t)
    print(repr(t), e, unrle(e) == t)

sentence = "the quick brown fox jumps over the lazy dog"
print(" ".join(reversed(sentence.split())))
print(" ".join(w[::-1] for w in sentence.split()))
print("".join(w[0] for w in sentence.split()).upper())

def wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = cur + " " + word if cur else word
    if cur:
        lines.append(cur)
    return lines

for line in wrap(sentence * 2, 18):
    print("|" + line.ljust(18) + "|")
acc = []
for i in range(1, 16):
    acc.append("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i))
print(",".join(acc))
