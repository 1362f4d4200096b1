//! Running and judging one process execution of the driver.
//!
//! The command is `CMD… [--gc-stats=FILE] driver.py BENCH_FILE N ITERATIONS`
//! (`--gc-stats` for pyrite only). The execution **fails**, in this order of
//! precedence, if it cannot be started (`spawn`), exceeds the timeout
//! (`timeout`), exits non-zero or by a signal (`crash`; the message starts
//! with the last stderr line, usually the exception), breaks the driver
//! protocol (`protocol`), has no expected checksum file (`missing_expected`;
//! the message shows the checksum obtained, ready to be checked and copied),
//! or prints a different checksum (`checksum_mismatch`).
//!
//! Start-up time is the arrival time of the `ready` line after spawn
//! (interpreter start-up plus importing the benchmark module); wall time and
//! peak RSS come from `exec`. pyrite's GC statistics are read from FILE after
//! exit, all keys kept; a missing or unreadable file means no statistics, not
//! a failure.

use crate::driver_protocol::{checksums_match, Event, Parser};
use crate::exec::{self, Outcome};
use crate::interp::Interpreter;
use crate::metadata;
use crate::results::{Failure, FailureKind, ProcessResult};
use crate::stats::warmup;
use crate::suite::{Benchmark, Suite};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

/// Kept length of stderr in `results.json`, in characters.
const STDERR_RECORDED: usize = 4000;

/// Everything needed to run one cell's process executions.
pub struct Job<'a> {
    /// The suite.
    pub suite: &'a Suite,
    /// The benchmark.
    pub bench: &'a Benchmark,
    /// The interpreter.
    pub interp: &'a Interpreter,
    /// Size parameter N.
    pub size: u64,
    /// In-process iterations.
    pub iterations: u32,
    /// Per-process timeout.
    pub timeout: Duration,
    /// Expected checksum, if any.
    pub expected: Option<String>,
    /// Where the expected checksum lives.
    pub expected_path: PathBuf,
    /// Temporary file for pyrite's GC statistics.
    pub gc_file: PathBuf,
}

fn tail_chars(s: &str, n: usize) -> String {
    let count = s.chars().count();
    s.chars().skip(count.saturating_sub(n)).collect()
}

fn last_lines(s: &str, n: usize) -> String {
    let lines: Vec<&str> = s.lines().filter(|l| !l.trim().is_empty()).collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

/// Runs one process execution; `None` if it was interrupted.
pub fn run_process(job: &Job, round: u32, interrupt: &AtomicBool) -> Option<ProcessResult> {
    let mut argv = job.interp.command.clone();
    if job.interp.is_pyrite {
        let _ = std::fs::remove_file(&job.gc_file);
        argv.push(format!("--gc-stats={}", job.gc_file.display()));
    }
    argv.push(job.suite.driver.display().to_string());
    argv.push(job.bench.path.display().to_string());
    argv.push(job.size.to_string());
    argv.push(job.iterations.to_string());
    let started = metadata::now_iso8601();
    let e = exec::execute(&argv, job.timeout, interrupt);
    let gc_stats = if job.interp.is_pyrite {
        let stats = std::fs::read_to_string(&job.gc_file)
            .ok()
            .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
            .and_then(|v| v.as_object().cloned());
        let _ = std::fs::remove_file(&job.gc_file);
        stats
    } else {
        None
    };
    if e.outcome == Outcome::Interrupted {
        return None;
    }

    let mut parser = Parser::new(job.iterations);
    let mut protocol_error = None;
    let mut startup_s = None;
    for (t, line) in &e.lines {
        match parser.feed(line) {
            Ok(Event::Ready) => startup_s = Some(*t),
            Ok(_) => {}
            Err(err) => {
                protocol_error = Some(err);
                break;
            }
        }
    }
    let fail = |kind, message: String| Some(Failure { kind, message });
    let failure = match &e.outcome {
        Outcome::SpawnFailed(msg) => fail(FailureKind::Spawn, msg.clone()),
        Outcome::TimedOut => fail(
            FailureKind::Timeout,
            format!(
                "killed after {:.0} s ({} of {} iterations done)",
                job.timeout.as_secs_f64(),
                parser.iterations().len(),
                job.iterations
            ),
        ),
        Outcome::Exited if e.exit_code != Some(0) => {
            let how = match (e.exit_code, e.signal) {
                (Some(c), _) => format!("exit status {c}"),
                (None, Some(s)) => format!("killed by signal {s}"),
                (None, None) => "unknown exit status".to_string(),
            };
            // First line: the exception (last stderr line); then the traceback's end.
            let last = last_lines(&e.stderr, 1);
            fail(
                FailureKind::Crash,
                format!("{how}: {last}\n{}", last_lines(&e.stderr, 8))
                    .trim_end()
                    .to_string(),
            )
        }
        Outcome::Exited | Outcome::Interrupted => match (protocol_error, parser.finish()) {
            (Some(err), _) | (None, Err(err)) => fail(FailureKind::Protocol, err.0),
            (None, Ok(out)) => match &job.expected {
                None => fail(
                    FailureKind::MissingExpected,
                    format!(
                        "no expected checksum file {} (this run produced: {})",
                        job.expected_path.display(),
                        out.checksum
                    ),
                ),
                Some(exp) if !checksums_match(&out.checksum, exp) => fail(
                    FailureKind::ChecksumMismatch,
                    format!("expected {exp}, got {}", out.checksum),
                ),
                Some(_) => None,
            },
        },
    };
    let iterations = parser.iterations().to_vec();
    Some(ProcessResult {
        round,
        started,
        command: argv,
        exit_code: e.exit_code,
        signal: e.signal,
        startup_s,
        wall_s: e.wall_s,
        peak_rss_bytes: e.peak_rss_bytes,
        warmup: failure.is_none().then(|| warmup::analyze(&iterations)),
        iterations,
        checksum: parser.checksum().map(str::to_string),
        gc_stats,
        failure,
        stderr_tail: tail_chars(&e.stderr, STDERR_RECORDED),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stderr_helpers() {
        assert_eq!(tail_chars("abcdef", 3), "def");
        assert_eq!(tail_chars("ab", 3), "ab");
        let err = "Traceback:\n  File x\n\nValueError: boom\n\n";
        assert_eq!(last_lines(err, 1), "ValueError: boom");
        assert_eq!(last_lines(err, 2), "  File x\nValueError: boom");
    }
}
