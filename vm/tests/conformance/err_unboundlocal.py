# Uncaught UnboundLocalError: assignment later in the function makes the name local.
counter = 10


def show():
    print("counter is", counter)


def bump():
    print("bumping")
    counter = counter + 1
    return counter


show()
print("global counter:", counter)
print(bump())
