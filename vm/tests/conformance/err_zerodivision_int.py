# Uncaught integer ZeroDivisionError from floor division.
def buckets(total, per_bucket):
    return total // per_bucket


sizes = [5, 3, 1]
for s in sizes:
    print("buckets of", s, "->", buckets(100, s))
print("remainders:", [100 % s for s in sizes])
sizes.append(0)
results = []
for s in sizes:
    results.append(buckets(100, s))
    print("ok", s)
print(results)
