# Syntax error: a line indented for no reason at module level.
print("this line is never executed")
x = 1
y = 2
    z = x + y
print(z)


def f():
    return 3


print(f())
print("end")
print("trailing line that is never executed")
