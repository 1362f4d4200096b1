# if / elif / else chains and truthiness of various values.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

print([classify(v) for v in (-5, 0, 3, 42, 1000)])
for v in (0, 1, -1, 0.0, 0.1, "", "a", [], [0], (), {}, {0: 0}, None, set(), range(0)):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

def grade(score):
    if score >= 90:
        g = "A"
    elif score >= 80:
        g = "B"
    elif score >= 70:
        g = "C"
    else:
        g = "F"
    if g != "F" and score % 10 >= 7:
        g += "+"
    return g

print([grade(s) for s in (95, 88, 79, 70, 50, 97)])
x = 15
if x > 10:
    if x > 20:
        print("x > 20")
    else:
        print("10 < x <= 20")
if not x % 3 and not x % 5:
    print("divisible by 15")
if x:
    pass
print("done")
