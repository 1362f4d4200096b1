#!/usr/bin/env python3
"""Measures pyrite's float representation: immediate floats (the default build) against a
build where every float is boxed (`--features boxed-floats`).

    cargo build --release -p pyrite
    cargo build --release -p pyrite --features boxed-floats --target-dir target/boxed
    python3 scripts/measure-float-repr.py [--rounds 5] > results/float-repr-data.md

For each float-heavy benchmark both binaries run alternately `--rounds` times (so machine
noise hits both alike); each run executes the benchmark's DEFAULT size for 4 in-process
iterations and the first (warm-up) is dropped. Reported: median iteration time, the ratio
boxed/immediate, bytes allocated in the GC heap and collections (from --gc-stats) and peak
RSS (from the kernel's rusage of the child).
"""
import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench-suite")
BINARIES = {
    "immediate": os.path.join(ROOT, "target/release/pyrite"),
    "boxed": os.path.join(ROOT, "target/boxed/release/pyrite"),
}
BENCHMARKS = ["nbody", "spectral_norm", "float", "raytrace", "chaos", "scimark", "awfy_mandelbrot"]


def size_of(name):
    text = open(os.path.join(BENCH, "benchmarks", name + ".py")).read()
    return int(re.search(r"^DEFAULT\s*=\s*(\d+)", text, re.M).group(1))


def run(binary, name, iterations=4):
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        stats_path = f.name
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    out = subprocess.run(
        [binary, f"--gc-stats={stats_path}", os.path.join(BENCH, "driver.py"),
         os.path.join(BENCH, "benchmarks", name + ".py"), str(size_of(name)), str(iterations)],
        capture_output=True, text=True, check=True).stdout
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    times = [float(l.split()[2]) for l in out.splitlines() if l.startswith("iteration ")]
    stats = json.load(open(stats_path))
    os.unlink(stats_path)
    return times[1:], stats, max(rss, before)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    for b in BINARIES.values():
        if not os.path.exists(b):
            sys.exit(f"missing {b}: build both binaries first (see --help)")
    print("| benchmark | immediate (s) | boxed (s) | boxed / immediate | heap bytes allocated, immediate | boxed | collections, immediate | boxed |")
    print("|---|---|---|---|---|---|---|---|")
    ratios = []
    for name in BENCHMARKS:
        times = {k: [] for k in BINARIES}
        stats = {}
        for _ in range(args.rounds):
            for k, b in BINARIES.items():
                t, s, _ = run(b, name)
                times[k].extend(t)
                stats[k] = s
        med = {k: statistics.median(v) for k, v in times.items()}
        ratio = med["boxed"] / med["immediate"]
        ratios.append(ratio)
        print(f"| {name} | {med['immediate']:.3f} | {med['boxed']:.3f} | {ratio:.2f} | "
              f"{stats['immediate']['bytes_allocated']:,} | {stats['boxed']['bytes_allocated']:,} | "
              f"{stats['immediate']['collections']} | {stats['boxed']['collections']} |")
    geo = statistics.geometric_mean(ratios)
    print(f"\nGeometric mean of boxed / immediate: **{geo:.2f}**")


if __name__ == "__main__":
    main()
