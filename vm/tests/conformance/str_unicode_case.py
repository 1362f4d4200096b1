# Unicode case methods: final sigma, titlecase mappings and letters, full case folding.
words = ["ΟΔΟΣ", "ΣΑΣ ΣΑΣ", "Σ", "ΑΣ.", "straße", "ǅemal", "ǆ", "ﬁne", "İstanbul", "ΐ", "ᾳ", "hello WORLD", "ß", "ŉ", "Ǆ", "ǈ", "a1b2", "o'neil", "ΑΣ1", "XΣ Σx"]
for w in words:
    print(repr(w), repr(w.lower()), repr(w.upper()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
    print(" ", w.islower(), w.isupper(), w.istitle(), len(w.upper()))
print("ǅ".islower(), "ǅ".isupper(), "ǅ".istitle(), "ǅa Bc".istitle(), "ᾼ".istitle())
print("ΣΑΣ\u0301 ΑΣ\u0301Σ".lower(), "aʰΣʰ".title(), "o\u0027ΣΣ\u0027".capitalize())
