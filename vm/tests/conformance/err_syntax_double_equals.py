# Syntax error: "x = = 1" (two assignment operators).
print("this line is never executed")
a = 10
b = 20
x = = 1
print(a + b + x)


def g():
    return a


print(g())
print("end")
print("trailing line that is never executed")
