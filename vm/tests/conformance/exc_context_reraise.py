# Bare raise, re-raising caught exceptions, implicit __context__ chaining.
def inner():
    raise ValueError("inner problem")

def middle():
    try:
        inner()
    except ValueError:
        print("middle: logging and re-raising")
        raise

try:
    middle()
except ValueError as e:
    print("outer caught:", e)

def reraise_other():
    try:
        {}["k"]
    except KeyError as e:
        err = e
    raise err

try:
    reraise_other()
except KeyError as e:
    print("re-raised stored exception:", e)

try:
    try:
        raise TypeError("first")
    except TypeError:
        raise ValueError("second")
except ValueError as e:
    print(e, "<- context:", e.__context__, type(e.__context__).__name__)

try:
    try:
        raise KeyError("orig")
    finally:
        print("finally while exception pending")
except KeyError as e:
    print("propagated through finally:", e)

def handler_raises():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e
try:
    handler_raises()
except ZeroDivisionError as e:
    print("same exception re-raised:", e, e.__context__)

try:
    raise
except RuntimeError as e:
    print("bare raise with no active exception:", type(e).__name__)
err = None
try:
    raise IndexError("saved")
except IndexError as e:
    err = e
print(type(err).__name__, err)
