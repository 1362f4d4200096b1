#!/usr/bin/env python3
"""Regenerate or verify the expected checksums of the bench suite.

For every benchmark in bench-suite/benchmarks/ (every NAME.py not starting
with an underscore) and each size (QUICK and DEFAULT), this runs

    python3 bench-suite/driver.py bench-suite/benchmarks/NAME.py N 1

and stores the REPR from the driver's ``checksum REPR`` line, as a single
line, in bench-suite/expected/NAME.quick and NAME.default.

Usage:
    scripts/regen-bench-expected.py              write expected/ with python3
    scripts/regen-bench-expected.py --check      compare python3 against
                                                 expected/, exit 1 on mismatch
    scripts/regen-bench-expected.py --pypy       run pypy3 and compare against
                                                 expected/ (reports mismatches,
                                                 exit 1 if any)
Options:
    NAME ...            only these benchmarks
    --size quick|default|both   sizes to run (default: both)
    --interpreter EXE   interpreter for --check (default python3); --pypy is
                        shorthand for --check --interpreter pypy3
    -j N                run N benchmarks in parallel (default 1; timings are
                        only meaningful with -j 1)

Each run's wall time for the single iteration is printed as well, so the
script doubles as a quick timing overview.
"""
import argparse
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SUITE = os.path.join(ROOT, "bench-suite")
BENCH_DIR = os.path.join(SUITE, "benchmarks")
EXPECTED_DIR = os.path.join(SUITE, "expected")
DRIVER = os.path.join(SUITE, "driver.py")
SIZES = ("quick", "default")


def benchmark_names():
    names = []
    for fname in sorted(os.listdir(BENCH_DIR)):
        if fname.endswith(".py") and not fname.startswith("_"):
            names.append(fname[:-3])
    return names


def read_size(name, size):
    """Read QUICK/DEFAULT from the source without importing it."""
    with open(os.path.join(BENCH_DIR, name + ".py")) as f:
        text = f.read()
    m = re.search(r"^%s\s*=\s*(\d+)\s*$" % size.upper(), text, re.M)
    if not m:
        raise SystemExit("%s.py: no %s = <int> line" % (name, size.upper()))
    return int(m.group(1))


def run_one(interpreter, name, size):
    """Return (checksum repr or None, seconds or None, error text)."""
    n = read_size(name, size)
    path = os.path.join(BENCH_DIR, name + ".py")
    proc = subprocess.run([interpreter, DRIVER, path, str(n), "1"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True)
    checksum = None
    seconds = None
    for line in proc.stdout.splitlines():
        if line.startswith("checksum "):
            checksum = line[len("checksum "):]
        elif line.startswith("iteration "):
            seconds = float(line.split()[2])
    err = ""
    if proc.returncode != 0 or checksum is None:
        err = "exit %d: %s" % (proc.returncode, proc.stderr.strip()[-2000:])
    return checksum, seconds, err


def expected_path(name, size):
    return os.path.join(EXPECTED_DIR, "%s.%s" % (name, size))


def main():
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--pypy", action="store_true")
    ap.add_argument("--interpreter", default=None)
    ap.add_argument("--size", choices=("quick", "default", "both"),
                    default="both")
    ap.add_argument("-j", type=int, default=1)
    args = ap.parse_args()

    check = args.check or args.pypy
    interpreter = args.interpreter or ("pypy3" if args.pypy else "python3")
    names = args.names or benchmark_names()
    for name in names:
        if not os.path.exists(os.path.join(BENCH_DIR, name + ".py")):
            raise SystemExit("unknown benchmark %s" % name)
    sizes = SIZES if args.size == "both" else (args.size,)
    jobs = [(name, size) for name in names for size in sizes]

    if not check:
        os.makedirs(EXPECTED_DIR, exist_ok=True)
    failures = 0
    with ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        futures = [pool.submit(run_one, interpreter, name, size)
                   for (name, size) in jobs]
        for (name, size), fut in zip(jobs, futures):
            checksum, seconds, err = fut.result()
            label = "%-18s %-7s" % (name, size)
            timing = "%8.3fs" % seconds if seconds is not None else "       ?"
            if err:
                print("%s %s FAILED %s" % (label, timing, err))
                failures += 1
                continue
            path = expected_path(name, size)
            if not check:
                with open(path, "w") as f:
                    f.write(checksum + "\n")
                print("%s %s wrote %s" % (label, timing, checksum))
                continue
            try:
                with open(path) as f:
                    want = f.read().strip()
            except IOError:
                want = None
            if want == checksum:
                print("%s %s ok" % (label, timing))
            else:
                print("%s %s MISMATCH %s: got %s, expected %s"
                      % (label, timing, interpreter, checksum, want))
                failures += 1
            sys.stdout.flush()
    if failures:
        print("%d failure(s)" % failures)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
