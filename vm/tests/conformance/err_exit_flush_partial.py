# Output without a trailing newline must still be flushed when sys.exit(2) is called.
import sys


def progress(steps):
    print("working", end="")
    for _ in range(steps):
        print(".", end="")
    print(" done")


print("line one")
progress(3)
errors = ["disk full"]
print("partial output without newline", end="")
if errors:
    sys.exit(2)
print("not reached")
