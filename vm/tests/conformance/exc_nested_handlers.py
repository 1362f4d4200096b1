# Exceptions propagating through nested calls and handlers at different levels.
trace = []
def level3(kind):
    trace.append("l3 start")
    if kind == "value":
        raise ValueError("from level3")
    if kind == "key":
        raise KeyError("k3")
    trace.append("l3 end")
    return "ok"
def level2(kind):
    try:
        return level3(kind)
    except KeyError as e:
        trace.append("l2 handled KeyError")
        return "recovered"
    finally:
        trace.append("l2 finally")
def level1(kind):
    try:
        return level2(kind)
    except ValueError as e:
        trace.append("l1 handled " + str(e))
        return "l1 fallback"
for kind in ("none", "key", "value"):
    trace.clear()
    print(kind, "->", level1(kind), trace)
def handler_in_handler():
    try:
        raise TypeError("outer")
    except TypeError:
        try:
            raise ValueError("inner")
        except ValueError as e:
            inner = e
        return f"handled {inner} inside handler; context={type(inner.__context__).__name__}"
print(handler_in_handler())
results = []
for v in ["1", "x", None, "3"]:
    try:
        try:
            results.append(int(v))
        except ValueError:
            results.append("bad")
    except TypeError:
        results.append("none")
print(results)
def loop_with_errors():
    total = 0
    for item in [1, "a", 2, None, 3]:
        try:
            total += item
        except TypeError:
            continue
        finally:
            total += 100
    return total
print(loop_with_errors())
