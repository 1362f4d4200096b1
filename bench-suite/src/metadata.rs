//! Metadata recorded with every run: machine, OS, pyrite's git commit,
//! settings, dates and the exact command line.
//!
//! The machine is described from `/proc/cpuinfo` (CPU model, logical CPUs),
//! `/proc/meminfo` (total memory), `uname -a` (OS and kernel) and the host
//! name; the pyrite commit from `git rev-parse HEAD` in the workspace, and
//! whether the tree is dirty from `git status --porcelain` (untracked files
//! count as dirty). Interpreter versions are recorded per interpreter (see
//! `interp`). Dates are UTC, ISO 8601, computed without a date library.

use serde::{Deserialize, Serialize};
use std::path::Path;
use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

/// Everything known about a run (or, after a merge, about the merged set).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RunMetadata {
    /// Start date (UTC, ISO 8601).
    pub date: String,
    /// End date, once finished.
    pub finished: Option<String>,
    /// Whether the run was interrupted by Ctrl-C (results are partial).
    pub interrupted: bool,
    /// The runner's command line.
    pub command_line: Vec<String>,
    /// Version of pyrite-bench.
    pub runner_version: String,
    /// Run parameters.
    pub settings: Settings,
    /// The machine.
    pub machine: MachineInfo,
    /// pyrite's source tree.
    pub git: GitInfo,
    /// The benchmark suite directory.
    pub suite_dir: String,
    /// For merged sets: the label and metadata of each source.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceInfo>,
}

/// Parameters of a run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Settings {
    /// `--quick` was given.
    pub quick: bool,
    /// Process executions per cell.
    pub processes: u32,
    /// In-process iterations per execution.
    pub iterations: u32,
    /// `quick` or `default`: which size parameter was used.
    pub size: String,
    /// Per-process timeout in seconds.
    pub timeout_s: f64,
    /// Name of the baseline interpreter.
    pub baseline: String,
}

/// Description of the machine.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct MachineInfo {
    /// Host name.
    pub hostname: String,
    /// CPU model name.
    pub cpu_model: String,
    /// Logical CPUs in /proc/cpuinfo.
    pub logical_cpus: usize,
    /// CPUs this process may use.
    pub available_cpus: usize,
    /// Total memory in bytes.
    pub memory_bytes: Option<u64>,
    /// `uname -a`.
    pub os: String,
    /// Target architecture of the runner.
    pub arch: String,
}

/// Git state of the pyrite workspace.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct GitInfo {
    /// `git rev-parse HEAD`, if available.
    pub commit: Option<String>,
    /// Whether `git status --porcelain` showed changes.
    pub dirty: Option<bool>,
}

/// A source of a merged result set.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SourceInfo {
    /// Label used to suffix interpreter names.
    pub label: String,
    /// Where it was read from.
    pub path: String,
    /// Its metadata.
    pub metadata: RunMetadata,
}

/// Output of a command (stdout then stderr, trimmed) if it could be run.
pub fn command_output(program: &str, args: &[&str], dir: Option<&Path>) -> Option<(bool, String)> {
    let mut cmd = Command::new(program);
    cmd.args(args).stdin(std::process::Stdio::null());
    if let Some(d) = dir {
        cmd.current_dir(d);
    }
    let out = cmd.output().ok()?;
    let mut text = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let err = String::from_utf8_lossy(&out.stderr).trim().to_string();
    if !err.is_empty() {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&err);
    }
    Some((out.status.success(), text))
}

/// Describes this machine.
pub fn machine_info() -> MachineInfo {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu_model = cpuinfo
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            matches!(k.trim(), "model name" | "Model" | "cpu model").then(|| v.trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into());
    let logical_cpus = cpuinfo
        .lines()
        .filter(|l| l.starts_with("processor"))
        .count();
    let memory_bytes = std::fs::read_to_string("/proc/meminfo").ok().and_then(|m| {
        let line = m.lines().find(|l| l.starts_with("MemTotal:"))?;
        let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kb * 1024)
    });
    let hostname = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|s| s.trim().to_string())
        .ok()
        .filter(|s| !s.is_empty())
        .or_else(|| command_output("hostname", &[], None).map(|(_, s)| s))
        .unwrap_or_else(|| "unknown".into());
    MachineInfo {
        hostname,
        cpu_model,
        logical_cpus,
        available_cpus: std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1),
        memory_bytes,
        os: command_output("uname", &["-a"], None)
            .map(|(_, s)| s)
            .unwrap_or_else(|| std::env::consts::OS.into()),
        arch: std::env::consts::ARCH.into(),
    }
}

/// Git commit and dirtiness of the tree at `dir`.
pub fn git_info(dir: &Path) -> GitInfo {
    let commit = command_output("git", &["rev-parse", "HEAD"], Some(dir))
        .and_then(|(ok, s)| ok.then_some(s));
    let dirty = command_output("git", &["status", "--porcelain"], Some(dir))
        .and_then(|(ok, s)| ok.then_some(!s.is_empty()));
    GitInfo { commit, dirty }
}

/// Seconds since the Unix epoch.
fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Civil date (year, month, day) of a day count since 1970-01-01 (Howard
/// Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

fn split_time(secs: i64) -> (i64, u32, u32, i64, i64, i64) {
    let (y, mo, d) = civil_from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    (y, mo, d, s / 3600, s / 60 % 60, s % 60)
}

/// A Unix time as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn iso8601(secs: i64) -> String {
    let (y, mo, d, h, mi, s) = split_time(secs);
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")
}

/// The current time as ISO 8601.
pub fn now_iso8601() -> String {
    iso8601(unix_now())
}

/// The current time as `YYYYMMDD-HHMMSS`, for directory names.
pub fn now_compact() -> String {
    let (y, mo, d, h, mi, s) = split_time(unix_now());
    format!("{y:04}{mo:02}{d:02}-{h:02}{mi:02}{s:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(iso8601(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso8601(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(iso8601(1_700_000_000), "2023-11-14T22:13:20Z");
        assert_eq!(now_compact().len(), 15);
    }

    #[test]
    fn machine_is_described() {
        let m = machine_info();
        assert!(!m.hostname.is_empty());
        assert!(m.available_cpus >= 1);
        assert!(!m.os.is_empty());
    }
}
