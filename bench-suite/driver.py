"""Benchmark driver for the pyrite bench suite.

Usage: driver.py BENCH_FILE N ITERATIONS

Runs unchanged on CPython, PyPy and pyrite, so it only uses ``sys`` and
``time``.  Protocol (plain text on stdout, one item per line, flushed):

    ready                    -- module imported, about to start timing
    iteration K SECONDS      -- K counts from 1; SECONDS is repr() of the
                                time.perf_counter() delta around run(N)
    checksum REPR            -- printed once, after the first iteration;
                                REPR is repr() of run(N)'s return value

If a later iteration returns a different value, the driver prints
``error checksum changed at iteration K`` to stderr and exits with status 1.
"""
import sys
import time


def main(argv):
    if len(argv) != 4:
        sys.stderr.write("usage: driver.py BENCH_FILE N ITERATIONS\n")
        return 2
    path = argv[1]
    n = int(argv[2])
    iterations = int(argv[3])
    path = path.replace("\\", "/")
    slash = path.rfind("/")
    directory = path[:slash] if slash >= 0 else "."
    if directory == "":
        directory = "/"
    name = path[slash + 1:]
    if name.endswith(".py"):
        name = name[:-3]
    sys.path.insert(0, directory)
    module = __import__(name)
    run = module.run
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    first = None
    for k in range(1, iterations + 1):
        t0 = time.perf_counter()
        result = run(n)
        t1 = time.perf_counter()
        out.write("iteration %d %r\n" % (k, t1 - t0))
        out.flush()
        if k == 1:
            first = result
            out.write("checksum %r\n" % (result,))
            out.flush()
        elif result != first:
            sys.stderr.write("error checksum changed at iteration %d\n" % k)
            sys.stderr.flush()
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
