# Uncaught ValueError from unpacking too few values.
records = ["alice:30:nyc", "bob:25:la", "carol:41"]


def parse(rec):
    name, age, city = rec.split(":")
    return name, int(age), city


ages = []
for rec in records:
    print("record:", rec)
    name, age, city = parse(rec)
    ages.append(age)
    print(f"  {name} is {age} and lives in {city}")
print("done", ages)
