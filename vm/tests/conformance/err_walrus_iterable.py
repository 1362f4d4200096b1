# A walrus cannot appear in a comprehension iterable.
print([x for x in (y := [1, 2])])
