//! Synthetic result sets for unit tests (test builds only).

use crate::metadata::{GitInfo, MachineInfo, RunMetadata, Settings};
use crate::results::*;
use crate::stats::rng::Rng;
use crate::stats::warmup;

fn process(round: u32, times: Vec<f64>, gc: bool) -> ProcessResult {
    let gc_stats = gc.then(|| {
        serde_json::json!({"collector": "ms", "collections": 3, "pause_total_s": 0.01, "pause_max_s": 0.005,
                           "bytes_allocated": 1000, "heap_peak_bytes": 500, "extra": "kept"})
        .as_object()
        .cloned()
        .unwrap()
    });
    ProcessResult {
        round,
        started: "2026-01-01T00:00:00Z".into(),
        command: vec!["python3".into()],
        exit_code: Some(0),
        signal: None,
        startup_s: Some(0.02),
        wall_s: times.iter().sum::<f64>() + 0.05,
        peak_rss_bytes: Some(10_000_000),
        warmup: Some(warmup::analyze(&times)),
        iterations: times,
        checksum: Some("42".into()),
        gc_stats,
        failure: None,
        stderr_tail: String::new(),
    }
}

fn cell(bench: &str, interp: &str, level: f64, seed: u64, gc: bool) -> CellResult {
    let mut rng = Rng::new(seed);
    let processes = (0..3)
        .map(|round| {
            let times = (0..10)
                .map(|i| {
                    let warm = if round == 0 && i < 3 { 2.0 } else { 1.0 };
                    level * warm * (1.0 + 0.01 * rng.normal())
                })
                .collect();
            process(round, times, gc)
        })
        .collect();
    CellResult {
        benchmark: bench.into(),
        interpreter: interp.into(),
        failure: None,
        processes,
    }
}

fn failed(bench: &str, interp: &str, kind: FailureKind) -> CellResult {
    let mut p = process(0, vec![0.1], false);
    p.warmup = None;
    let failure = Failure {
        kind,
        message: "boom".into(),
    };
    p.failure = Some(failure.clone());
    CellResult {
        benchmark: bench.into(),
        interpreter: interp.into(),
        failure: Some(failure),
        processes: vec![p],
    }
}

fn interp(name: &str, is_pyrite: bool) -> InterpreterInfo {
    InterpreterInfo {
        name: name.into(),
        base_name: name.into(),
        machine: String::new(),
        command: vec![name.into()],
        is_pyrite,
        version: format!("{name} 1.0\nbuilt today"),
    }
}

/// Metadata of a fake run.
pub fn metadata() -> RunMetadata {
    RunMetadata {
        date: "2026-01-01T00:00:00Z".into(),
        finished: Some("2026-01-01T00:10:00Z".into()),
        interrupted: false,
        command_line: vec!["pyrite-bench".into(), "run".into()],
        runner_version: "0.1.0".into(),
        settings: Settings {
            quick: false,
            processes: 3,
            iterations: 10,
            size: "default".into(),
            timeout_s: 60.0,
            baseline: "cpython".into(),
        },
        machine: MachineInfo {
            hostname: "testhost".into(),
            cpu_model: "Test CPU".into(),
            logical_cpus: 2,
            available_cpus: 2,
            memory_bytes: Some(1 << 30),
            os: "Linux test".into(),
            arch: "x86_64".into(),
        },
        git: GitInfo {
            commit: Some("abc123".into()),
            dirty: Some(false),
        },
        suite_dir: "/suite".into(),
        sources: Vec::new(),
    }
}

/// Three benchmarks × {cpython, fast (pyrite, half the time), broken (all
/// failed)}; cpython fails `gamma` with a checksum mismatch.
pub fn result_set() -> ResultSet {
    let bench = |name: &str| BenchmarkInfo {
        name: name.into(),
        file: format!("{name}.py"),
        size: Some(100),
        expected_checksum: Some("42".into()),
    };
    ResultSet {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        metadata: metadata(),
        interpreters: vec![
            interp("cpython", false),
            interp("fast", true),
            interp("broken", false),
        ],
        benchmarks: vec![bench("alpha"), bench("beta"), bench("gamma")],
        cells: vec![
            cell("alpha", "cpython", 1.0, 1, false),
            cell("alpha", "fast", 0.5, 2, true),
            failed("alpha", "broken", FailureKind::Crash),
            cell("beta", "cpython", 0.2, 3, false),
            cell("beta", "fast", 0.1, 4, true),
            failed("beta", "broken", FailureKind::Timeout),
            failed("gamma", "cpython", FailureKind::ChecksumMismatch),
            cell("gamma", "fast", 0.3, 5, true),
            failed("gamma", "broken", FailureKind::MissingExpected),
        ],
        summary: None,
    }
}
