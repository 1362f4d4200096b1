# try / except / else / finally execution order in all combinations.
def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("v")
        if action == "return":
            return log + ["returned"]
        log.append("try-end")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

print(run("ok"))
print(run("raise"))
print(run("return"))

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

print(finally_overrides())

def finally_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"

print(finally_swallows())

def multi(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup: " + type(e).__name__
    except ZeroDivisionError:
        return "zero"
    except Exception as e:
        return "other: " + type(e).__name__

for exc in (KeyError("k"), IndexError(), ZeroDivisionError(), TypeError(), ValueError):
    print(multi(exc))

count = 0
for i in range(3):
    try:
        if i == 1:
            continue
        count += 10
    finally:
        count += 1
print("count", count)
while True:
    try:
        break
    finally:
        print("finally on break")
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
