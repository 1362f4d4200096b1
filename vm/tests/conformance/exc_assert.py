# assert statements with and without messages.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x * 2

print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(str(e)), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
assert True, "never raised"
assert 1, 2
evaluated = []
def msg():
    evaluated.append(1)
    return "lazy"
assert True, msg()
print("message evaluated:", len(evaluated))
try:
    assert False, msg()
except AssertionError as e:
    print(e, len(evaluated))
try:
    assert 0, ("tuple", "message")
except AssertionError as e:
    print(e.args)
try:
    assert None, 42
except AssertionError as e:
    print(e.args, str(e))
print(__debug__)
def safe_div(a, b):
    assert b != 0, "division by zero"
    return a / b
results = []
for b in (2, 0, 4):
    try:
        results.append(safe_div(8, b))
    except AssertionError as e:
        results.append(str(e))
print(results)
