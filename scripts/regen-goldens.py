#!/usr/bin/env python3
"""Regenerate (or check) the golden outputs of the pyrite conformance suite.

Every ``NAME.py`` in vm/tests/conformance is run under CPython as

    python3 [FLAGS] NAME.py [ARGS]

with the conformance directory as cwd, PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8
and a 20 second timeout.  Its goldens are:

    NAME.out   exact stdout
    NAME.err   only when the exit status is non-zero; exactly two lines:
               "exit N" and the last line of stderr ("" if stderr is empty)

Optional header lines at the very top of a test file:

    # flags: -O          interpreter flags, placed before the file name
    # args: a b c        script arguments, placed after the file name

Usage:

    scripts/regen-goldens.py                 regenerate every golden
    scripts/regen-goldens.py a.py b          regenerate only these tests
    scripts/regen-goldens.py --check [...]   compare without writing; exit 1
                                             if any golden differs
"""

import os
import shlex
import subprocess
import sys
from pathlib import Path

SUITE = Path(__file__).resolve().parent.parent / "vm" / "tests" / "conformance"
TIMEOUT = 20


def read_header(path):
    """Return (flags, args) from the leading '# flags:' / '# args:' lines."""
    opts = {"flags": [], "args": []}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, sep, value = line.partition(":")
        key = key.lstrip("#").strip()
        if not (line.startswith("#") and sep and key in opts):
            break
        opts[key] = shlex.split(value)
    return opts["flags"], opts["args"]


def run_test(path):
    """Run one test; return the expected (out, err) contents, err may be None."""
    flags, args = read_header(path)
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    try:
        proc = subprocess.run(
            ["python3", *flags, path.name, *args],
            cwd=SUITE, env=env, capture_output=True, timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        raise SystemExit(f"{path.name}: timed out after {TIMEOUT}s")
    if proc.returncode == 0:
        return proc.stdout, None
    lines = proc.stderr.decode("utf-8").rstrip("\n").splitlines()
    last = lines[-1] if lines else ""
    return proc.stdout, f"exit {proc.returncode}\n{last}\n".encode("utf-8")


def read_bytes(path):
    return path.read_bytes() if path.exists() else None


def select_tests(names):
    if not names:
        return sorted(SUITE.glob("*.py"))
    tests = []
    for name in names:
        path = SUITE / Path(name).name
        if path.suffix != ".py":
            path = path.with_suffix(".py")
        if not path.exists():
            raise SystemExit(f"no such test: {path}")
        tests.append(path)
    return tests


def main(argv):
    check = "--check" in argv
    tests = select_tests([a for a in argv if a != "--check"])
    failures = []
    for path in tests:
        out, err = run_test(path)
        out_path, err_path = path.with_suffix(".out"), path.with_suffix(".err")
        if check:
            if read_bytes(out_path) != out:
                failures.append(out_path.name)
            if read_bytes(err_path) != err:
                failures.append(err_path.name)
            continue
        out_path.write_bytes(out)
        if err is None:
            err_path.unlink(missing_ok=True)
        else:
            err_path.write_bytes(err)
    for name in failures:
        print(f"MISMATCH {name}")
    verb = "checked" if check else "regenerated"
    print(f"{verb} {len(tests)} tests, {len(failures)} mismatches")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
