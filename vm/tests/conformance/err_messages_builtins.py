# CPython's wording for common TypeErrors/ValueErrors (join, star-unpacking, attribute
# names, format strings, read-only attributes, duplicate bases) and escapes in f-string specs.
class A: pass
tests = ["','.join(5)", "[*5]", "getattr(1, 2)", "'{'.format()", "'%(a' % 1", "setattr(1, 'real', 2)", "type('B', (A, A), {})", "(*5,)", "{*5}", "print(*5)", "'}'.format()", "'{0'.format(1)", "'x'.join([1])", "hasattr(1, 2)", "delattr(1, 2)"]
for t in tests:
    try:
        eval(t)
        print("ok", t)
    except Exception as e:
        print(type(e).__name__, e)
x = "ab"
print(f"{x:\t>5}|")
print(f"{x:\x2a^6}|")
print(f"{x:\u00e9<5}|", f"{3.14159:.2f}", f"{x!r:>6}", f"{x:{'*'}^{7}}")
print(rf"{x:>4}\n", fr"{x}\t")
