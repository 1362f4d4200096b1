# Syntax error: missing ':' after an if condition. Nothing runs, so stdout is empty.
print("this line is never executed")


def check(x):
    if x > 0
        return "positive"
    return "non-positive"


print(check(1))
print(check(-1))
values = [1, 2, 3]
for v in values:
    print(v)
