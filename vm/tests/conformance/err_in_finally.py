# An exception raised in a finally block replaces the one in flight.
def cleanup(resources):
    print("cleaning up", len(resources), "resources")
    if "lock" in resources:
        raise RuntimeError("failed to release lock")


def process(resources):
    try:
        print("processing")
        raise ValueError("processing failed")
    finally:
        cleanup(resources)


try:
    process(["file"])
except ValueError as e:
    print("caught:", e)
process(["file", "lock"])
