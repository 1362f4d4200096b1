# __exit__ receives the exception type, value and traceback; timing-free timer & transactions.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc_value, tb):
        self.info = (exc_type.__name__ if exc_type else None,
                     str(exc_value) if exc_value else None,
                     tb is not None)
        return True

with Inspect() as i1:
    pass
print(i1.info)
with Inspect() as i2:
    raise ValueError("bad input")
print(i2.info)
with Inspect() as i3:
    1 / 0
print(i3.info)

class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back due to", et.__name__)
            return True
        print("committed")

db = {"balance": 100}
with Transaction(db) as t:
    t["balance"] -= 30
print(db)
with Transaction(db) as t:
    t["balance"] -= 500
    if t["balance"] < 0:
        raise ValueError("overdraft")
print(db)

class Indent:
    level = 0
    def __enter__(self):
        Indent.level += 1
    def __exit__(self, *a):
        Indent.level -= 1
def say(msg):
    print("  " * Indent.level + msg)
say("top")
with Indent():
    say("one")
    with Indent():
        say("two")
    say("one again")
say("top again")
