# f-strings: expressions, quoting, calls and self-documenting-free usage.
name, n = "World", 3
print(f"Hello, {name}!", f"{n} + {n} = {n + n}", f"{n * 'ab'}")
print(f"{name.upper()} {len(name)} {name[::-1]} {name[1:3]!r}")
items = [1, 2, 3]
d = {"k": "v", "n": 5}
print(f"{items} {items[0]} {sum(items)} {d['k']} {d}")
print(f"{'nested'} {'y' if n > 2 else 'z'}", f'{"double"}', f"{d['n'] * 2}")
print(f"{{braces}} {{{n}}} {'{'}")
def greet(who, punct="!"):
    return f"hi {who}{punct}"
print(f"{greet('a')} {greet(name, '?')}")
x = 10
print(f"{x > 5} {x if x < 5 else -x} {[i * x for i in range(3)]}")
print(f"{(lambda y: y * 2)(21)}", f"{x:}", f"{3.0}", f"{None}")
print(f"multi {x}" f" part {x + 1}", f"" == "")
print(f"""triple
{name}""")
w = "width"
print(f"w={w!r}", f"{w!s:>8}", f"{w[0]!r}")
print(f"{1 + 2}{3 * 4}", f"{'a' 'b'}", f"{x}{x}{x}")
print(f"{2 ** 100}", f"{-x}", f"{x / 4}", f"{x // 4}")
