# A walrus cannot rebind an iteration variable of an enclosing comprehension.
print([[(j := j) for i in range(2)] for j in range(2)])
