# Iterating over strings and membership.
s = "hello world"
for ch in "abc":
    print(ch, end=".")
print()
print(list("abc"), tuple("xy"), [c * 2 for c in "hi"])
vowels = [c for c in s if c in "aeiou"]
print(vowels, len(vowels))
print(sorted(set(s)))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
freq = {}
for c in s:
    if c != " ":
        freq[c] = freq.get(c, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print(list(enumerate("abc")), list(zip("abc", "xyz")))
print(list(reversed("abc")), "".join(sorted("banana")))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"))
print("l" in s, "wor" in s, "World" in s, "" in "")
print(s.count("o"), [i for i, c in enumerate(s) if c == "o"])
words = s.split()
print(max(words, key=len), [w[0].upper() + w[1:] for w in words])
print(list(map(ord, "AZ")), "".join(map(chr, [80, 121])))
total = 0
for d in "12345":
    total += int(d)
print(total)
