# raise of an exception raised before gets the handled exception as __context__ (no cycles);
# add_note checks its argument and notes follow the last line of the traceback.
def show(e):
    print(type(e).__name__, e, "context:", repr(e.__context__), "cause:", repr(e.__cause__), e.__suppress_context__)
saved = None
try:
    raise ValueError("first")
except ValueError as e:
    saved = e
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise saved
except ValueError as e:
    show(e)
# re-raise inside its own handler keeps context unchanged
try:
    try:
        raise TypeError("t")
    except TypeError as e:
        raise
except TypeError as e:
    show(e)
# context cycle is broken
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise KeyError("b")
        except KeyError as b:
            b.__context__ is a
            raise a
except ValueError as e:
    show(e)
    print(repr(e.__context__.__context__))
e = ValueError("n")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as x:
    print("TypeError", x)
raise e
