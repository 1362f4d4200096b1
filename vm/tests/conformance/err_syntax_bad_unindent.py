# Syntax error: dedent to a column that matches no enclosing block.
print("this line is never executed")


def compute(n):
    total = 0
    for i in range(n):
            total += i
        total *= 2
    return total


print(compute(3))
print("end")
print("trailing line that is never executed")
