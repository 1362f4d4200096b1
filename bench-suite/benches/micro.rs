//! Criterion benches of interpreter micro-operations: instruction dispatch, calls, attribute
//! access, dict and list operations, allocation. Each runs a Python function doing 1,000
//! repetitions of the operation, so times are per 1,000 operations.
//!
//! `cargo bench -p pyrite-bench --bench micro`. Wall-clock benches are noisy on shared
//! machines; `scripts/iai.sh` counts instructions instead.

use criterion::{criterion_group, criterion_main, Criterion};
use pyrite_vm::embed::Interpreter;
use std::hint::black_box;

const PROGRAM: &str = r#"
def dispatch(n):
    i = 0
    x = 0
    while i < n:
        x = x + i * 2 - 1
        i += 1
    return x

def _callee(a, b):
    return a

def calls(n):
    for i in range(n):
        _callee(i, n)

class _Point:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

def attributes(n):
    p = _Point(1)
    t = 0
    for i in range(n):
        p.x = i
        t += p.x + p.get()
    return t

def dict_ops(n):
    d = {}
    for i in range(n):
        d[i] = i
        d[i] += 1
    return len(d)

def list_ops(n):
    xs = []
    for i in range(n):
        xs.append(i)
    t = 0
    for i in range(n):
        t += xs[i]
    return t

def allocation(n):
    p = None
    for i in range(n):
        p = _Point((i, i + 1))
    return p.x
"#;

/// The operations measured, each a function of `PROGRAM`.
const OPERATIONS: [&str; 6] = [
    "dispatch",
    "calls",
    "attributes",
    "dict_ops",
    "list_ops",
    "allocation",
];

fn interpreter_operations(c: &mut Criterion) {
    let mut py = Interpreter::new();
    py.exec(PROGRAM).expect("benchmark program compiles");
    let mut group = c.benchmark_group("per_1000_ops");
    for op in OPERATIONS {
        group.bench_function(op, |b| {
            b.iter(|| black_box(py.call(op, &[1000]).expect("operation runs")))
        });
    }
    group.finish();
}

criterion_group!(benches, interpreter_operations);
criterion_main!(benches);
