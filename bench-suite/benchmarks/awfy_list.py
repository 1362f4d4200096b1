"""AWFY List: builds short singly linked lists and runs the doubly
recursive "tail" function (a Takeuchi-style recursion on list lengths, with
isShorterThan walking two lists in step).  The result list has length 10.

Stresses: deep non-tail recursion, attribute loads along linked lists,
allocation of list elements.
run(n) performs n steps and returns the total result length.
"""


class Element(object):
    def __init__(self, value):
        self.value = value
        self.next = None

    def length(self):
        if self.next is None:
            return 1
        return 1 + self.next.length()


def make_list(length):
    if length == 0:
        return None
    e = Element(length)
    e.next = make_list(length - 1)
    return e


def is_shorter_than(x, y):
    x_tail = x
    y_tail = y
    while y_tail is not None:
        if x_tail is None:
            return True
        x_tail = x_tail.next
        y_tail = y_tail.next
    return False


def tail(x, y, z):
    if is_shorter_than(y, x):
        return tail(tail(x.next, y, z),
                    tail(y.next, z, x),
                    tail(z.next, x, y))
    return z


def benchmark():
    result = tail(make_list(15), make_list(10), make_list(6))
    return result.length()


QUICK = 100
DEFAULT = 1500


def run(n):
    total = 0
    for _ in range(n):
        r = benchmark()
        if r != 10:
            raise RuntimeError("list: wrong result length %d" % r)
        total += r
    return total
