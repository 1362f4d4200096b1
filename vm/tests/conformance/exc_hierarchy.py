# The built-in exception hierarchy and catching by base class.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (UnboundLocalError, NameError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (StopIteration, Exception), (AssertionError, Exception), (AttributeError, Exception),
    (TypeError, Exception), (ValueError, Exception), (Exception, BaseException),
    (KeyboardInterrupt, BaseException), (SystemExit, BaseException),
    (KeyboardInterrupt, Exception), (SystemExit, Exception), (KeyError, IndexError),
]
for sub, base in pairs:
    print(f"{sub.__name__:20} <= {base.__name__:16} {issubclass(sub, base)}")
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyError.__mro__])
def trigger(kind):
    if kind == 0:
        return 1 // 0
    if kind == 1:
        return {}["x"]
    if kind == 2:
        return [][1]
    if kind == 3:
        return int("nope")
    if kind == 4:
        return undefined_variable_xyz
    if kind == 5:
        return None.attr
    if kind == 6:
        return 1 + None
for k in range(7):
    try:
        trigger(k)
    except LookupError as e:
        print(k, "LookupError family:", type(e).__name__)
    except ArithmeticError as e:
        print(k, "ArithmeticError family:", type(e).__name__)
    except Exception as e:
        print(k, "Exception:", type(e).__name__)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
