# Syntax error: a def with no indented body.
print("this line is never executed")


def f():
print("body is not indented")


def g():
    return 1


print(g())
print("end")
print("trailing line that is never executed")
