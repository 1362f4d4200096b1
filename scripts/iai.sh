#!/usr/bin/env bash
# Counts instructions of small runs of suite programs with iai-callgrind (deterministic on
# noisy machines). Installs the iai-callgrind-runner matching the library version first.
#   scripts/iai.sh                 # all benchmarks
#   scripts/iai.sh -- --save-baseline=before   (arguments go to the benchmark harness)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is required (apt-get install valgrind)" >&2; exit 1; }
version=$(cargo metadata --format-version 1 --locked 2>/dev/null \
  | python3 -c "import json,sys; print(next(p['version'] for p in json.load(sys.stdin)['packages'] if p['name'] == 'iai-callgrind'))")
if ! iai-callgrind-runner --version 2>/dev/null | grep -q "$version"; then
  echo "installing iai-callgrind-runner $version" >&2
  cargo install iai-callgrind-runner --version "$version" --locked
fi
cargo bench -p pyrite-bench --bench iai "$@"
