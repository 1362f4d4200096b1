# Truthiness protocol: __bool__ takes precedence over __len__; default truthiness.
class WithBool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__ called")
        return self.v
    def __repr__(self):
        return f"WithBool({self.v})"

class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__ called")
        return self.n
    def __repr__(self):
        return f"WithLen({self.n})"

class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0

class Neither:
    pass

print(bool(WithBool(True)), bool(WithBool(False)))
print(bool(WithLen(0)), bool(WithLen(3)), len(WithLen(7)))
print(bool(Both()), len(Both()), bool(Neither()))
if WithLen(0):
    print("not printed")
else:
    print("empty WithLen is falsy")
print("and:", WithBool(False) and "unreached")
print("or:", WithLen(2) or "unreached")
print(not WithBool(True))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__)
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
    def __len__(self):
        return len(self.items)
s = Stack()
for i in range(3):
    s.push(i)
out = []
while s:
    out.append(s.pop())
print(out, len(s), bool(s))
