# RecursionError from unbounded recursion is catchable; recursion limit is adjustable.
import sys

def infinite(n):
    return infinite(n + 1)

try:
    infinite(0)
except RecursionError as e:
    print("caught", type(e).__name__, isinstance(e, RuntimeError))

depth = 0
def measure():
    global depth
    depth += 1
    measure()

old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    measure()
except RecursionError:
    print("depth reached is below the limit:", 150 < depth <= 200)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)

def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))

def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError:
    print("mutual recursion caught")

print("still works after recovery:", deep(100))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__)
