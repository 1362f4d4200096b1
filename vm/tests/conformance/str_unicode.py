# Unicode strings: length, indexing, ord/chr, escapes.
s = "naïve café – 日本語 ✓ 😀"
print(s, len(s))
print(s[2], s[-1], s[12:15], s[::-1])
print([ord(c) for c in "aé日😀"])
print(chr(97), chr(233), chr(0x65E5), chr(0x1F600), chr(0x2713))
print("\u00e9" == "é", "\U0001F600" == "😀", "\u03b1", "\x41")
print(len("😀"), len("e\u0301"), "e\u0301" == "é")
print("日本" + "語", "✓" * 3, "語" in s, s.find("日"))
print(repr("é"), repr("\u200b"), repr("\x00\x7f"), repr("😀"), repr("\u2028"))
print(repr("tab\there"), repr("quote's"), repr('say "hi"'))
print(sorted("zébra"), max("日本語"), min("aéz"))
print("ÀÉÎ".lower(), "àéî".upper(), "ǆ" != "dž")
word = "Ünïcödé"
print(word.upper(), word.lower(), word.swapcase(), len(word))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print("😀😃".find("😃"), "a😀b".split("😀"), "😀".center(5, "*"))
counts = {}
for ch in "mississippi日日":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(str("é"), "é".isalpha(), "٣".isdigit(), "½".isdigit())
