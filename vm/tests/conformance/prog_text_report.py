# Text statistics report: word frequencies, line stats, formatted table output.
TEXT = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
A quick reaction: the dog sleeps again.

Foxes and dogs, dogs and foxes."""

def words(text):
    out = []
    for raw in text.split():
        w = raw.strip(".,;:!?").lower()
        if w:
            out.append(w)
    return out

ws = words(TEXT)
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(f"{'word':<10}{'count':>6}{'share':>8}")
print("-" * 24)
for w, c in top:
    print(f"{w:<10}{c:>6}{c / len(ws):>8.1%}")
print("-" * 24)
lines = TEXT.splitlines()
print("lines:", len(lines), "non-empty:", sum(1 for l in lines if l.strip()))
print("longest line:", max(range(len(lines)), key=lambda i: len(lines[i])) + 1)
print("words:", len(ws), "unique:", len(freq))
print("avg word length: %.2f" % (sum(map(len, ws)) / len(ws)))
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(f"{length:2d}: {', '.join(sorted(by_len[length]))}")
initials = {}
for w in ws:
    initials[w[0]] = initials.get(w[0], 0) + 1
print("".join(f"{k}{v}" for k, v in sorted(initials.items())))
punct = [ch for ch in TEXT if not ch.isalnum() and not ch.isspace()]
print("punctuation:", "".join(punct), len(punct))
caps = [w for w in TEXT.split() if w[0].isupper()]
print("capitalised:", caps)
print(TEXT.count("the"), TEXT.lower().count("the"), TEXT.find("fox"), TEXT.rfind("fox"))
