//! `pyrite-bench run`: executes the matrix and records everything.
//!
//! For each scheduled task (see `matrix` for the interleaved order) we run
//! `CMD… [--gc-stats=FILE] driver.py BENCH_FILE N ITERATIONS`, parse its
//! output, and judge it. A process execution **fails** if it cannot be
//! started, exceeds the timeout, exits non-zero or by a signal, breaks the
//! driver protocol, prints a checksum that differs from
//! `expected/NAME.{quick,default}`, or if that file is missing (the message
//! then shows the checksum obtained). The first failure marks its cell as
//! failed; failed cells are reported, never timed.
//!
//! Per process we keep: all iteration times, the warm-up analysis, the
//! start-up time (spawn to the `ready` line: interpreter start-up plus
//! importing the benchmark module), the wall time (spawn to exit), the peak
//! RSS (`wait4`), and for pyrite the GC statistics JSON it writes to FILE
//! (missing file = no statistics, not a failure).
//!
//! `results.json` is rewritten after every process execution, so a crash of
//! the runner loses nothing. On Ctrl-C the running child is killed, its
//! partial execution discarded, and all outputs are written for the
//! executions finished so far, marked as interrupted. Exit status: 0 if all
//! cells succeeded, 1 if any failed, 130 if interrupted.

use crate::cli::RunArgs;
use crate::interp::{self, Interpreter};
use crate::metadata::{self, RunMetadata, Settings};
use crate::process::{run_process, Job};
use crate::progress::Progress;
use crate::results::*;
use crate::suite;
use crate::{matrix, output};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// Set by the Ctrl-C handler.
pub static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Default per-process timeouts in seconds.
const DEFAULT_TIMEOUT: f64 = 600.0;
const QUICK_TIMEOUT: f64 = 120.0;

fn interpreters(args: &RunArgs, root: Option<&Path>) -> Result<Vec<Interpreter>, String> {
    if args.interp.is_empty() {
        if let Some(p) = args.suite.pyrite.as_deref() {
            if !p.is_file() {
                return Err(format!(
                    "pyrite binary {} not found (--pyrite)",
                    p.display()
                ));
            }
        }
        let mut warnings = Vec::new();
        let found = interp::default_interpreters(args.suite.pyrite.as_deref(), root, &mut warnings);
        for w in warnings {
            eprintln!("warning: {w}");
        }
        return Ok(found);
    }
    let parsed: Vec<Interpreter> = args
        .interp
        .iter()
        .map(|s| interp::parse_spec(s))
        .collect::<Result<_, _>>()?;
    for (k, i) in parsed.iter().enumerate() {
        if parsed[..k].iter().any(|j| j.name == i.name) {
            return Err(format!("interpreter name {:?} given twice", i.name));
        }
    }
    Ok(parsed)
}

/// Runs the benchmarks; returns the process exit status.
pub fn run(args: &RunArgs) -> Result<i32, String> {
    let suite_dir = args
        .suite
        .suite
        .clone()
        .unwrap_or_else(suite::default_suite_dir);
    let suite = suite::load(&suite_dir)?;
    let benches = matrix::select_benchmarks(&suite, &args.bench)?;
    if benches.is_empty() {
        return Err(format!(
            "no benchmarks in {}",
            suite.dir.join("benchmarks").display()
        ));
    }
    let root = suite::workspace_root();
    let interps = interpreters(args, root.as_deref())?;
    if interps.is_empty() {
        return Err("no interpreter to run".into());
    }
    let (processes, iterations) = matrix::counts(args.quick, args.processes, args.iterations);
    let timeout_s = args.timeout.unwrap_or(if args.quick {
        QUICK_TIMEOUT
    } else {
        DEFAULT_TIMEOUT
    });
    let timeout = Duration::try_from_secs_f64(timeout_s)
        .map_err(|_| format!("invalid --timeout {timeout_s}"))?;
    let out_dir = args
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from("bench-runs").join(metadata::now_compact()));
    std::fs::create_dir_all(&out_dir)
        .map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
    if let Err(e) = ctrlc::set_handler(|| INTERRUPTED.store(true, Ordering::SeqCst)) {
        eprintln!("warning: cannot install the Ctrl-C handler: {e}");
    }

    eprintln!(
        "pyrite-bench: {} benchmark(s) × {} interpreter(s) ({}), {processes} process(es) × {iterations} iteration(s), {} sizes -> {}",
        benches.len(),
        interps.len(),
        interps.iter().map(|i| i.name.as_str()).collect::<Vec<_>>().join(", "),
        if args.quick { "QUICK" } else { "DEFAULT" },
        out_dir.display()
    );
    let mut rs = ResultSet {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        metadata: RunMetadata {
            date: metadata::now_iso8601(),
            finished: None,
            interrupted: false,
            command_line: std::env::args().collect(),
            runner_version: env!("CARGO_PKG_VERSION").into(),
            settings: Settings {
                quick: args.quick,
                processes,
                iterations,
                size: if args.quick { "quick" } else { "default" }.into(),
                timeout_s,
                baseline: args.baseline.clone(),
            },
            machine: metadata::machine_info(),
            git: root.as_deref().map(metadata::git_info).unwrap_or_default(),
            suite_dir: suite.dir.display().to_string(),
            sources: Vec::new(),
        },
        interpreters: interps
            .iter()
            .map(|i| InterpreterInfo {
                name: i.name.clone(),
                base_name: i.name.clone(),
                machine: String::new(),
                command: i.command.clone(),
                is_pyrite: i.is_pyrite,
                version: interp::version(&i.command),
            })
            .collect(),
        benchmarks: benches
            .iter()
            .map(|b| BenchmarkInfo {
                name: b.name.clone(),
                file: b.path.display().to_string(),
                size: b.size(args.quick),
                expected_checksum: suite.expected(&b.name, args.quick),
            })
            .collect(),
        cells: Vec::new(),
        summary: None,
    };
    for b in &benches {
        for i in &interps {
            let failure = b.size(args.quick).is_none().then(|| Failure {
                kind: FailureKind::BadBenchmark,
                message: format!(
                    "no `{} = <int>` line in {}",
                    if args.quick { "QUICK" } else { "DEFAULT" },
                    b.path.display()
                ),
            });
            rs.cells.push(CellResult {
                benchmark: b.name.clone(),
                interpreter: i.name.clone(),
                failure,
                processes: Vec::new(),
            });
        }
    }

    let results_file = out_dir.join("results.json");
    let tasks = matrix::schedule(benches.len(), interps.len(), processes);
    let progress = Progress::new(tasks.len() as u64);
    let gc_file = std::env::temp_dir().join(format!("pyrite-bench-gc-{}.json", std::process::id()));
    for task in tasks {
        if INTERRUPTED.load(Ordering::SeqCst) {
            break;
        }
        let (bench, interp) = (&benches[task.bench], &interps[task.interp]);
        let idx = task.bench * interps.len() + task.interp;
        let what = format!(
            "{} on {} ({}/{})",
            bench.name,
            interp.name,
            task.round + 1,
            processes
        );
        if rs.cells[idx].failure.is_some() {
            progress.finish_one(&what, "skipped (cell failed)", false);
            continue;
        }
        progress.start(&what);
        let job = Job {
            suite: &suite,
            bench,
            interp,
            size: bench.size(args.quick).unwrap_or(0),
            iterations,
            timeout,
            expected: suite.expected(&bench.name, args.quick),
            expected_path: suite.expected_path(&bench.name, args.quick),
            gc_file: gc_file.clone(),
        };
        let Some(p) = run_process(&job, task.round, &INTERRUPTED) else {
            break;
        };
        match &p.failure {
            Some(f) => progress.finish_one(
                &what,
                &format!(
                    "FAILED ({}): {}",
                    f.kind.as_str(),
                    f.message.lines().next().unwrap_or("")
                ),
                true,
            ),
            None => {
                let steady = p
                    .warmup
                    .as_ref()
                    .map(|w| {
                        crate::stats::mean(&p.iterations[w.steady_start.min(p.iterations.len())..])
                    })
                    .unwrap_or(f64::NAN);
                let class = p
                    .warmup
                    .as_ref()
                    .map(|w| w.classification.as_str())
                    .unwrap_or("");
                progress.finish_one(
                    &what,
                    &format!(
                        "ok, {} per iteration ({class})",
                        crate::report_md::fmt_secs(steady)
                    ),
                    false,
                );
            }
        }
        let cell = &mut rs.cells[idx];
        if cell.failure.is_none() {
            cell.failure = p.failure.clone();
        }
        cell.processes.push(p);
        if let Err(e) = rs.save(&results_file) {
            progress.println(&format!("warning: {e}"));
        }
    }
    progress.finish();

    let interrupted = INTERRUPTED.load(Ordering::SeqCst);
    rs.metadata.interrupted = interrupted;
    rs.metadata.finished = Some(metadata::now_iso8601());
    if interrupted {
        eprintln!("Interrupted: writing the results finished so far.");
    }
    let a = output::write_all(&out_dir, &mut rs)?;
    output::print_summary(&out_dir, &rs, &a);
    Ok(if interrupted {
        130
    } else if rs.failed_cells().next().is_some() {
        1
    } else {
        0
    })
}
