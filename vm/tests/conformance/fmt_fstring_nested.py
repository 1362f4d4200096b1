# Nested format specs and dynamic widths.
for width in (4, 8, 12):
    print(f"[{'x':>{width}}] [{42:0{width}d}] [{3.14159:{width}.{width // 4}f}]")
for align in "<^>":
    print(f"|{'mid':{align}9}|{'mid':*{align}9}|")
fill, align, width, prec = "-", "^", 15, 3
print(f"|{2 / 3:{fill}{align}{width}.{prec}f}|")
spec = "+08.2f"
print(f"{3.14159:{spec}}", format(3.14159, spec), "{:{}}".format(3.14159, spec))
table = [("Name", "Qty", "Price"), ("apple", 3, 0.5), ("watermelon", 1, 3.25), ("fig", 12, 0.1)]
widths = [max(len(str(row[i])) for row in table) + 2 for i in range(3)]
for row in table:
    cells = []
    for i, cell in enumerate(row):
        if isinstance(cell, float):
            cells.append(f"{cell:>{widths[i]}.2f}")
        elif isinstance(cell, int):
            cells.append(f"{cell:>{widths[i]}d}")
        else:
            cells.append(f"{cell:<{widths[i]}}")
    print("".join(cells) + "|")
n = 5
print(f"{'':-^{n * 4}}")
for i in range(1, n + 1):
    print(f"{i:>{n}}{'*' * i:<{n}}|{i ** 3:>{n},}")
base = 16
print(f"{255:{'x' if base == 16 else 'd'}}", f"{255:#{'o'}}")
print(f"{f'{1 + 1}'} {f'{n:>3}'!r}")
