# Syntax error: an opening parenthesis that is never closed.
print("this line is never executed")


def total(values):
    return sum(values)


numbers = [1, 2, 3]
result = total(numbers
print(result)
for n in numbers:
    print(n * 2)
print("end")
print("trailing line that is never executed")
