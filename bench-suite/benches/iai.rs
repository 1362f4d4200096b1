//! Instruction counts (Valgrind's callgrind, through iai-callgrind) for small runs of suite
//! programs. Counts are deterministic for a given binary and input, so they track the
//! interpreter's cost on noisy, shared machines where wall-clock times cannot.
//!
//! Run with `scripts/iai.sh` (it installs the matching `iai-callgrind-runner`).
//!
//! Each benchmark imports the program in a fresh VM during setup (not measured) and measures
//! one `run(n)` at a size about a tenth of the program's quick size.

use iai_callgrind::{library_benchmark, library_benchmark_group, main};
use pyrite_vm::embed::Interpreter;
use pyrite_vm::VmConfig;
use std::hint::black_box;

/// A VM that has imported benchmark `name` and defined `bench(n)` calling its `run(n)`.
fn program(name: &str) -> Interpreter {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("benchmarks");
    let mut py = Interpreter::with_config(VmConfig {
        script_dir: Some(dir),
        ..VmConfig::default()
    });
    py.exec(&format!(
        "import {name}\ndef bench(n):\n    return {name}.run(n)\n"
    ))
    .expect("benchmark imports");
    py
}

#[library_benchmark]
#[bench::nbody(args = ("nbody", 800), setup = setup)]
#[bench::richards(args = ("richards", 1), setup = setup)]
#[bench::float(args = ("float", 4000), setup = setup)]
#[bench::spectral_norm(args = ("spectral_norm", 20), setup = setup)]
#[bench::fannkuch(args = ("fannkuch", 6), setup = setup)]
#[bench::deltablue(args = ("deltablue", 200), setup = setup)]
#[bench::generators(args = ("generators", 1000), setup = setup)]
#[bench::json_codec(args = ("json_codec", 600), setup = setup)]
#[bench::pidigits(args = ("pidigits", 150), setup = setup)]
#[bench::gcbench(args = ("gcbench", 10), setup = setup)]
fn suite_program(input: (Interpreter, i64)) -> String {
    let (mut py, n) = input;
    black_box(py.call("bench", &[n]).expect("benchmark runs"))
}

fn setup(name: &str, n: i64) -> (Interpreter, i64) {
    (program(name), n)
}

library_benchmark_group!(name = suite; benchmarks = suite_program);
main!(library_benchmark_groups = suite);
