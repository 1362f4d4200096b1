# Uncaught user-defined exception with a message.
class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    pass


stock = {"widget": 2}


def take(item):
    if stock.get(item, 0) <= 0:
        raise OutOfStock(f"no {item} left")
    stock[item] -= 1
    return stock[item]


for _ in range(2):
    print("took widget, remaining", take("widget"))
print("trying once more")
take("widget")
