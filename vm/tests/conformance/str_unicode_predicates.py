# str predicates use CPython's Unicode classes (letters, numerics, digits, identifiers).
for ch in ["\u2167", "\u0345", "\u0903", "\u24b6"]:   # Nl, Mn, Mc, So(circled A)
    print(hex(ord(ch)), ch.isalpha(), ch.isalnum(), ("a" + ch).isidentifier())
print("\u1369".isdigit(), "\u4e00".isnumeric(), "\u4e94".isnumeric())   # Ethiopic digit one, CJK one/five
print("\u2118".isidentifier(), "\u212e".isidentifier())               # Other_ID_Start
cps = list(range(0x2000)) + list(range(0x4e00, 0x4e40)) + list(range(0x10900, 0x10a00))
print(sum(1 for cp in cps if chr(cp).isalpha()), sum(1 for cp in cps if chr(cp).isnumeric()), sum(1 for cp in cps if chr(cp).isidentifier()))
