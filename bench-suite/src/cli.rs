//! Command-line interface (clap derive).

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Benchmark runner for pyrite, CPython and PyPy.
#[derive(Debug, Parser)]
#[command(name = "pyrite-bench", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the benchmark matrix and write results, report and plots.
    Run(RunArgs),
    /// Regenerate report.md, pyperf files and plots from DIR/results.json.
    Report {
        /// Results directory.
        dir: PathBuf,
    },
    /// Compare two result sets: ratio B/A per benchmark × interpreter.
    Compare {
        /// Old results (directory or results.json).
        a: PathBuf,
        /// New results (directory or results.json).
        b: PathBuf,
        /// Print a Markdown table.
        #[arg(long)]
        markdown: bool,
    },
    /// Merge result sets from several machines into OUT.
    Merge {
        /// Output directory.
        out: PathBuf,
        /// Result sets to merge (directories or results.json files).
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
    },
    /// List the benchmarks with their sizes and the default interpreters.
    List(SuiteArgs),
}

/// Where the suite and pyrite are.
#[derive(Debug, Args, Clone)]
pub struct SuiteArgs {
    /// Benchmark suite directory (default: bench-suite/ of the workspace).
    #[arg(long, value_name = "DIR")]
    pub suite: Option<PathBuf>,
    /// pyrite binary (default: target/release/pyrite, else `pyrite` on PATH).
    #[arg(long, value_name = "PATH")]
    pub pyrite: Option<PathBuf>,
}

/// Options of `run`.
#[derive(Debug, Args, Clone)]
pub struct RunArgs {
    /// Smoke test: QUICK sizes, 1 process, 3 iterations (unless overridden).
    #[arg(long)]
    pub quick: bool,
    /// Benchmarks to run (default: all).
    #[arg(long = "bench", value_name = "NAME", num_args = 1..)]
    pub bench: Vec<String>,
    /// Interpreter as NAME=CMD (repeatable; CMD is split on whitespace).
    #[arg(long = "interp", value_name = "NAME=CMD")]
    pub interp: Vec<String>,
    /// Process executions per cell (default 5; --quick: 1).
    #[arg(long, value_name = "P")]
    pub processes: Option<u32>,
    /// In-process iterations per execution (default 20; --quick: 3).
    #[arg(long, value_name = "I")]
    pub iterations: Option<u32>,
    /// Output directory (default: bench-runs/<timestamp>/).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Per-process timeout in seconds (default 600; --quick: 120).
    #[arg(long, value_name = "SECS")]
    pub timeout: Option<f64>,
    /// Name of the baseline interpreter for ratios.
    #[arg(long, value_name = "NAME", default_value = "cpython")]
    pub baseline: String,
    /// Suite and pyrite location.
    #[command(flatten)]
    pub suite: SuiteArgs,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn run_options_parse() {
        let cli = Cli::parse_from([
            "pyrite-bench",
            "run",
            "--quick",
            "--bench",
            "a",
            "b",
            "--interp",
            "cpython=python3",
            "--interp",
            "x=pyrite --gc=ms",
            "--timeout",
            "5",
        ]);
        let Command::Run(args) = cli.command else {
            panic!()
        };
        assert!(args.quick);
        assert_eq!(args.bench, ["a", "b"]);
        assert_eq!(args.interp, ["cpython=python3", "x=pyrite --gc=ms"]);
        assert_eq!(args.timeout, Some(5.0));
        assert_eq!(args.baseline, "cpython");
    }
}
