# Conditional expressions and short-circuit boolean operators.
def side(tag, val):
    print("eval", tag)
    return val
print("yes" if 1 else "no", "yes" if 0 else "no", 1 if True else 2 if False else 3)
print(side("a", 0) or side("b", "") or side("c", "found"))
print(side("d", 1) and side("e", 2) and side("f", 0) and side("g", 3))
print(side("h", []) and side("i", "skipped"))
print(side("j", "x") or side("k", "skipped"))
print(side("cond", True) if side("test", False) else side("else", "E"))
x = None
name = x or "default"
print(name, x and x.upper(), "" or [] or {} or 0, 1 and [] and 2)
print(not None, not [], not [0], True and "str", False or None)
def sign(n):
    return "+" if n > 0 else "-" if n < 0 else "0"
print([sign(n) for n in (-2, 0, 3)])
vals = [3, None, 0, "", "a"]
print([v if v is not None else "N" for v in vals])
print([bool(v) and "T" or "F" for v in vals])
lst = []
print(lst and lst[0], (lst or [None])[0])
y = 10
print(y > 5 and y < 20, not y > 5 or y == 10, (y > 5) + (y > 8))
