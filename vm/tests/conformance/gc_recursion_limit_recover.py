# Hitting the recursion limit repeatedly and recovering, with garbage in flight.
import sys
import gc

def recurse(n, payload):
    return recurse(n + 1, [payload, n])

old = sys.getrecursionlimit()
sys.setrecursionlimit(250)
caught = 0
for attempt in range(3):
    try:
        recurse(0, None)
    except RecursionError:
        caught += 1
    gc.collect()
print("caught", caught, "RecursionErrors")
sys.setrecursionlimit(120)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print("limit 120 reached depth within range:", 80 < d < 120)
sys.setrecursionlimit(old)

def legal(n):
    return n if n == 0 else legal(n - 1) + 1
print("legal depth 400:", legal(400))
values = []
for limit in (200, 300):
    sys.setrecursionlimit(limit)
    try:
        legal(limit + 100)
        values.append("no error")
    except RecursionError:
        values.append("error at limit " + str(limit))
sys.setrecursionlimit(old)
print(values)
print("recovered:", legal(300))
