# time.perf_counter / time.time: only properties of the values are printed, never the values.
import time

t0 = time.perf_counter()
total = 0
for i in range(2000):
    total += i * i
t1 = time.perf_counter()
print("total", total)
print(type(t0).__name__, type(t1).__name__)
print("monotonic:", t1 >= t0)
print("elapsed is small and non-negative:", 0 <= t1 - t0 < 10)
now = time.time()
print(type(now).__name__, now > 1_600_000_000)
later = time.time()
print("time does not go backwards much:", later - now > -1)
samples = [time.perf_counter() for _ in range(5)]
print("sorted samples:", samples == sorted(samples))
start = time.perf_counter()
while time.perf_counter() - start < 0.001:
    pass
print("busy wait finished:", time.perf_counter() - start >= 0.001)
def timed(fn, *args):
    s = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - s >= 0
print(timed(sum, range(100)))
