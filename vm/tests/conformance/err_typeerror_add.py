# Uncaught TypeError adding an int and a str.
items = [("pen", 2), ("book", 12), ("bag", "30")]
print("items:", len(items))


def line_total(price, qty=1):
    return price * qty


subtotal = 0
for name, price in items:
    print("adding", name, "line total", repr(line_total(price)))
    subtotal = subtotal + price
    print("subtotal now", subtotal)
print("total", subtotal)
