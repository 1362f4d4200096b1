# Uncaught NameError from a misspelled variable inside a function.
def compute_total(prices):
    running = 0
    for p in prices:
        running += p
    print("running total computed:", running)
    return totl_value_xyz


prices = [3, 4, 5]
print("prices:", prices)
print("count:", len(prices))
print("max:", max(prices))
print("min:", min(prices))
print("total:", compute_total(prices))
print("not reached")
