# with-statement: __enter__/__exit__ order, as-binding, exit on normal completion and return.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type)
        return False

with Resource("r1") as r:
    print("body using", r.name)
print("after with")

class EnterReturnsOther:
    def __enter__(self):
        return "something else"
    def __exit__(self, *args):
        print("exit args:", args)

with EnterReturnsOther() as value:
    print("bound to", value)

def use_in_function():
    with Resource("fn"):
        return "returned from inside with"

print(use_in_function())

for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

with Resource("outer") as o, Resource("inner") as inn:
    print("both:", o.name, inn.name)

with Resource("no-as"):
    pass
