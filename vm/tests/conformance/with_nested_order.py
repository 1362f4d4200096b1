# Nested context managers: exit order, exceptions in body and in __exit__.
log = []

class CM:
    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name, self.fail_enter, self.fail_exit = name, fail_enter, fail_exit
    def __enter__(self):
        log.append("enter " + self.name)
        if self.fail_enter:
            raise ValueError("enter failed: " + self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} ({et.__name__ if et else None})")
        if self.fail_exit:
            raise RuntimeError("exit failed: " + self.name)
        return False

with CM("a") as a, CM("b") as b, CM("c") as c:
    log.append(f"body {a}{b}{c}")
print(log)
log.clear()
try:
    with CM("a"), CM("b"):
        raise KeyError("boom")
except KeyError as e:
    log.append("caught KeyError")
print(log)
log.clear()
try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        log.append("body")
except ValueError as e:
    log.append(f"caught {e}")
print(log)
log.clear()
try:
    with CM("a"), CM("b", fail_exit=True):
        log.append("body")
except RuntimeError as e:
    log.append(f"caught {e}")
print(log)
log.clear()
try:
    with CM("outer"):
        with CM("inner", fail_exit=True):
            raise KeyError("original")
except RuntimeError as e:
    log.append(f"caught {e}; context {type(e.__context__).__name__}")
print(log)
