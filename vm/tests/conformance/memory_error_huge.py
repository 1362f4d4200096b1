# Requests for more memory than the machine has raise MemoryError at once.
for expr in ["[None] * 10**11", "[1, 2] * 10**10", "(0,) * 10**11", "'ab' * 10**11", "[0] * 2**62"]:
    try:
        x = eval(expr)
        print("allocated")
    except MemoryError:
        print("MemoryError")
    except OverflowError as e:
        print("OverflowError", e)
for expr in ["list(range(10**11))", "tuple(range(10**11))", "'x'.ljust(10**12)", "'%*d' % (10**12, 1)", "sorted(range(10**11))", "bytearray(10**12) if False else 0", "[0] * (10**10) + [1]"]:
    try:
        x = eval(expr)
        print("ok")
    except MemoryError:
        print("MemoryError")
    except OverflowError as e:
        print("OverflowError", e)
