# finally interacting with return/break/continue and nested handlers.
def order():
    log = []
    for i in range(3):
        try:
            try:
                if i == 0:
                    raise KeyError(i)
                if i == 1:
                    continue
                log.append(f"body {i}")
            except KeyError:
                log.append(f"inner except {i}")
                raise ValueError(i)
            finally:
                log.append(f"inner finally {i}")
        except ValueError:
            log.append(f"outer except {i}")
        finally:
            log.append(f"outer finally {i}")
    return log

for line in order():
    print(line)

def return_in_loop():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("finally", i)

print("returned", return_in_loop())

def value_captured():
    x = "original"
    try:
        return x
    finally:
        x = "modified"

print(value_captured())

def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

print(nested_finally())

def exc_in_finally():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")

try:
    exc_in_finally()
except ValueError as e:
    print(type(e).__name__, e, "context:", type(e.__context__).__name__)
except KeyError:
    print("wrong")
