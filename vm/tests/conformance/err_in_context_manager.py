# An exception inside a with-block propagates after __exit__ runs (not suppressed).
class Session:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, "with", exc_type.__name__ if exc_type else "no error")
        return False


with Session("s1") as s:
    print("using", s.name)
with Session("s2") as s:
    data = {"id": 7}
    print("reading id", data["id"])
    print("reading name", data["name"])
print("not reached")
