# Uncaught TypeError: subscripting an int.
data = {"count": 3, "names": ["x", "y", "z"]}
print("names:", data["names"])
print("first name:", data["names"][0])
print("count:", data["count"])


def first(container):
    return container[0]


print(first("hello"), first([9, 8]), first((7,)))
print(first(range(5, 10)), first({0: "zero"}))
print("now taking first of an int")
print(first(data["count"]))
print("not reached")
