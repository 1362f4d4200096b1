//! The data model of `results.json`, the runner's complete record of a run.
//!
//! `results.json` is a pyperf suite (version 1.0, one benchmark per cell, see
//! `pyperf_json.rs`) that also keeps, under the key `pyrite_bench`,
//! *everything*: every iteration time of every process execution (failed ones
//! included), the warm-up classification of each process, start-up and wall
//! times, peak RSS, pyrite's GC statistics, failures with their messages, and
//! the metadata of the machine and the interpreters. `pyrite-bench report`,
//! `compare` and `merge` work from this file alone. A `summary` section with
//! the derived statistics is added when
//! the file is written; it is recomputed (never trusted) when the file is read.

use crate::metadata::RunMetadata;
use crate::pyperf_json;
use crate::stats::warmup::WarmupAnalysis;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Value of the `format` field.
pub const FORMAT: &str = "pyrite-bench-results";
/// Value of the `format_version` field.
pub const FORMAT_VERSION: u32 = 1;
/// The key of `results.json` under which the complete record is stored.
const RECORD_KEY: &str = "pyrite_bench";

/// A complete result set: one run, or several merged.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ResultSet {
    /// Always [`FORMAT`].
    pub format: String,
    /// Always [`FORMAT_VERSION`].
    pub format_version: u32,
    /// Where, when and how the run was made.
    pub metadata: RunMetadata,
    /// The interpreters (columns of the matrix).
    pub interpreters: Vec<InterpreterInfo>,
    /// The benchmarks (rows of the matrix).
    pub benchmarks: Vec<BenchmarkInfo>,
    /// One entry per benchmark × interpreter that was scheduled.
    pub cells: Vec<CellResult>,
    /// Derived statistics, written for the convenience of other tools.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<serde_json::Value>,
}

/// An interpreter configuration.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct InterpreterInfo {
    /// Unique name, e.g. `cpython`, `pyrite[gc=ms]`, `pypy@host2` after a merge.
    pub name: String,
    /// Name before merging (equal to `name` in a single run).
    pub base_name: String,
    /// Machine label after a merge; empty in a single run.
    #[serde(default)]
    pub machine: String,
    /// Command prefix; the driver path and its arguments follow.
    pub command: Vec<String>,
    /// Whether this is pyrite (then `--gc-stats=FILE` is passed).
    pub is_pyrite: bool,
    /// Output of `CMD --version` (stdout and stderr).
    pub version: String,
}

/// A benchmark program.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BenchmarkInfo {
    /// Name (file stem).
    pub name: String,
    /// Path of the benchmark file.
    pub file: String,
    /// Size parameter `N` passed to `run(N)`; `None` if it could not be read.
    pub size: Option<u64>,
    /// Expected checksum (from `expected/NAME.quick|default`), if present.
    pub expected_checksum: Option<String>,
}

/// Kinds of failure of a cell or process execution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FailureKind {
    /// The interpreter could not be started.
    Spawn,
    /// Non-zero exit status or killed by a signal.
    Crash,
    /// Exceeded `--timeout`.
    Timeout,
    /// Malformed or incomplete driver output.
    Protocol,
    /// The checksum differs from the expected one.
    ChecksumMismatch,
    /// There is no expected checksum file.
    MissingExpected,
    /// The benchmark file itself is unusable (e.g. no size parameter).
    BadBenchmark,
}

impl FailureKind {
    /// The serialised name, e.g. `checksum_mismatch`.
    pub fn as_str(self) -> &'static str {
        match self {
            FailureKind::Spawn => "spawn",
            FailureKind::Crash => "crash",
            FailureKind::Timeout => "timeout",
            FailureKind::Protocol => "protocol",
            FailureKind::ChecksumMismatch => "checksum_mismatch",
            FailureKind::MissingExpected => "missing_expected",
            FailureKind::BadBenchmark => "bad_benchmark",
        }
    }
}

/// A failure with its explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Failure {
    /// What went wrong.
    pub kind: FailureKind,
    /// Details: stderr tail, offending line, checksums.
    pub message: String,
}

/// Results of one benchmark on one interpreter.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CellResult {
    /// Benchmark name.
    pub benchmark: String,
    /// Interpreter name.
    pub interpreter: String,
    /// The first failure; a failed cell is excluded from all timing statistics.
    pub failure: Option<Failure>,
    /// Every process execution, successful or not.
    pub processes: Vec<ProcessResult>,
}

impl CellResult {
    /// Whether the cell completed without failure and has data.
    pub fn ok(&self) -> bool {
        self.failure.is_none() && self.processes.iter().any(|p| p.failure.is_none())
    }

    /// Steady-state iteration times of each successful process.
    pub fn steady_samples(&self) -> Vec<Vec<f64>> {
        self.processes
            .iter()
            .filter(|p| p.failure.is_none())
            .filter_map(|p| {
                let start = p.warmup.as_ref()?.steady_start.min(p.iterations.len());
                Some(p.iterations[start..].to_vec())
            })
            .filter(|v| !v.is_empty())
            .collect()
    }
}

/// One process execution of the driver.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProcessResult {
    /// 0-based process round.
    pub round: u32,
    /// Start time (ISO 8601, UTC).
    pub started: String,
    /// The full command line.
    pub command: Vec<String>,
    /// Exit code, if the process exited normally.
    pub exit_code: Option<i32>,
    /// Signal number, if the process was killed by a signal.
    pub signal: Option<i32>,
    /// Seconds from spawn to the `ready` line.
    pub startup_s: Option<f64>,
    /// Seconds from spawn to exit.
    pub wall_s: f64,
    /// Peak resident set size (from `wait4`'s `ru_maxrss`), in bytes.
    pub peak_rss_bytes: Option<u64>,
    /// Every in-process iteration time, in seconds.
    pub iterations: Vec<f64>,
    /// The checksum printed by the driver.
    pub checksum: Option<String>,
    /// Warm-up analysis of `iterations` (successful processes only).
    pub warmup: Option<WarmupAnalysis>,
    /// pyrite's `--gc-stats` JSON object, all keys kept.
    pub gc_stats: Option<serde_json::Map<String, serde_json::Value>>,
    /// Why this process failed, if it did.
    pub failure: Option<Failure>,
    /// Last part of stderr.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub stderr_tail: String,
}

impl ResultSet {
    /// Finds an interpreter by name.
    pub fn interpreter(&self, name: &str) -> Option<&InterpreterInfo> {
        self.interpreters.iter().find(|i| i.name == name)
    }

    /// Finds a cell.
    pub fn cell(&self, benchmark: &str, interpreter: &str) -> Option<&CellResult> {
        self.cells
            .iter()
            .find(|c| c.benchmark == benchmark && c.interpreter == interpreter)
    }

    /// The cells that failed.
    pub fn failed_cells(&self) -> impl Iterator<Item = &CellResult> {
        self.cells.iter().filter(|c| c.failure.is_some())
    }

    /// Name of the baseline interpreter for `interp` (same machine, base name
    /// equal to the run's baseline), if present.
    pub fn baseline_for(&self, interp: &InterpreterInfo) -> Option<&InterpreterInfo> {
        let base = &self.metadata.settings.baseline;
        self.interpreters
            .iter()
            .find(|i| i.machine == interp.machine && &i.base_name == base)
    }

    /// Reads a result set from a file, or from `DIR/results.json`.
    pub fn load(path: &Path) -> Result<ResultSet, String> {
        let file = results_path(path);
        let text = std::fs::read_to_string(&file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        let invalid =
            |e: serde_json::Error| format!("{} is not a valid results file: {e}", file.display());
        let mut top: serde_json::Value = serde_json::from_str(&text).map_err(invalid)?;
        // The record sits under `pyrite_bench` beside the pyperf suite; files written
        // before that change hold it at the top level.
        let record = match top.get_mut(RECORD_KEY) {
            Some(r) => r.take(),
            None => top,
        };
        let rs: ResultSet = serde_json::from_value(record).map_err(invalid)?;
        if rs.format != FORMAT {
            return Err(format!(
                "{}: unexpected format {:?}",
                file.display(),
                rs.format
            ));
        }
        Ok(rs)
    }

    /// Writes the result set as pretty JSON (atomically: temp file + rename): a pyperf
    /// suite of all cells, with the complete record under `pyrite_bench`.
    pub fn save(&self, file: &Path) -> Result<(), String> {
        let mut top = pyperf_json::combined_suite(self);
        let record = serde_json::to_value(self).map_err(|e| e.to_string())?;
        top.insert(RECORD_KEY.into(), record);
        let text = serde_json::to_string_pretty(&top).map_err(|e| e.to_string())?;
        let tmp = file.with_extension("json.tmp");
        std::fs::write(&tmp, text + "\n")
            .map_err(|e| format!("cannot write {}: {e}", tmp.display()))?;
        std::fs::rename(&tmp, file).map_err(|e| format!("cannot write {}: {e}", file.display()))
    }
}

/// `path` itself if it is a file, else `path/results.json`.
pub fn results_path(path: &Path) -> PathBuf {
    if path.is_dir() {
        path.join("results.json")
    } else {
        path.to_path_buf()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("pyrite-results-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir.join("results.json")
    }

    #[test]
    fn saved_files_are_pyperf_suites_that_load_back() {
        let rs = fixtures::result_set();
        let file = scratch("roundtrip");
        rs.save(&file).unwrap();
        let top: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        assert_eq!(top["version"], "1.0");
        assert!(!top["benchmarks"].as_array().unwrap().is_empty());
        let back = ResultSet::load(&file).unwrap();
        assert_eq!(back.cells.len(), rs.cells.len());
        assert_eq!(
            back.cells[0].processes[0].iterations,
            rs.cells[0].processes[0].iterations
        );
        std::fs::remove_dir_all(file.parent().unwrap()).unwrap();
    }

    #[test]
    fn files_with_the_record_at_the_top_still_load() {
        let rs = fixtures::result_set();
        let file = scratch("legacy");
        std::fs::write(&file, serde_json::to_string(&rs).unwrap()).unwrap();
        let back = ResultSet::load(&file).unwrap();
        assert_eq!(back.interpreters.len(), rs.interpreters.len());
        std::fs::write(&file, r#"{"version": "1.0", "benchmarks": []}"#).unwrap();
        assert!(ResultSet::load(&file)
            .unwrap_err()
            .contains("not a valid results file"));
        std::fs::remove_dir_all(file.parent().unwrap()).unwrap();
    }
}
