# StopIteration escaping a generator body becomes RuntimeError (PEP 479).
def first_items(iterables):
    for it in iterables:
        yield next(iter(it))


def safe_first_items(iterables):
    for it in iterables:
        yield next(iter(it), None)


print(list(first_items(["abc", [1, 2], (None,)])))
print(list(safe_first_items(["xy", "", "z"])))
gen = first_items(["xy", "", "z"])
print("first:", next(gen))
print("second (empty iterable):")
print(next(gen))
print("not reached")
