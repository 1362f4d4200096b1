# flags: -O
# With -O, assert statements are removed and __debug__ is False.
print("__debug__ =", __debug__)
side_effects = []
def record():
    side_effects.append("called")
    return False
assert record(), "would fail"
print("assert skipped, side effects:", side_effects)
try:
    assert False
    print("no AssertionError under -O")
except AssertionError:
    print("unexpected")
if __debug__:
    print("debug branch")
else:
    print("optimized branch")
def f(x):
    assert x > 0
    return x
print(f(-5))
print(record(), side_effects)
x = 0
for i in range(5):
    assert i < 3, "too big"
    x += i
print(x)
