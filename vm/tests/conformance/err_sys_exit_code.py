# sys.exit(3): stdout is flushed, nothing is written to stderr, exit status 3.
import sys


def check(values):
    bad = [v for v in values if v < 0]
    print("checked", len(values), "values;", len(bad), "negative")
    return not bad


data = [4, 8, -1, 15]
print("data:", data)
if check(data[:2]):
    print("first half ok")
if not check(data):
    print("validation failed, exiting with status 3")
    sys.exit(3)
print("not reached")
