# Case conversion methods.
s = "hello World, this IS a Test 42!"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("ALREADY".lower().capitalize(), "mIxEd".swapcase().swapcase())
print("they're bill's friends".title())
print("123abc def".title(), "hello_world-foo bar".title())
print("straße".upper(), "ÉCOLE".lower(), "éa".title(), "ΟΔΟΣ".lower())
print("ß".upper(), "Σ".lower(), "ñandú".upper())
print("".upper(), "".title(), "1".capitalize(), " x".capitalize())
print("a".upper() == "A", "Z".lower(), "Hello".upper().lower())
for w in ["python", "PYTHON", "PyThOn", "pYTHON"]:
    print(w, w.capitalize(), w.swapcase(), w.title())
print("snake_case_name".replace("_", " ").title().replace(" ", ""))
