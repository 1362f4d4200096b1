# Uncaught KeyError after some successful lookups.
inventory = {"apples": 3, "pears": 0, "plums": 12}
print("inventory has", len(inventory), "items")
for name in ("apples", "plums"):
    print(name, inventory[name])
print("pears" in inventory, inventory.get("kiwis", 0))


def restock(store, item, amount):
    store[item] += amount
    return store[item]


print("restocked apples:", restock(inventory, "apples", 2))
print("about to look up a missing key")
print(inventory["missing"])
print("not reached")
