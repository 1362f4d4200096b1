//! `pyrite-bench`: the benchmark runner of pyrite.
//!
//! Runs the Python programs of `bench-suite/benchmarks/` on CPython, PyPy and
//! every configuration of pyrite, through `bench-suite/driver.py`, and
//! produces statistically careful results: warm-up classification by
//! changepoint analysis, steady-state means with hierarchical bootstrap
//! intervals, geometric means relative to CPython, start-up time, peak RSS and
//! pyrite's GC statistics; as `results.json`, pyperf-compatible JSON, a
//! Markdown report and SVG plots. See `bench-suite/README.md`.
//!
//! Subcommands: `run`, `report`, `compare`, `merge`, `list` (see [`cli`]).

mod analysis;
mod cli;
mod compare;
mod driver_protocol;
mod exec;
#[cfg(test)]
mod fixtures;
mod interp;
mod matrix;
mod merge;
mod metadata;
mod output;
mod plots;
mod process;
mod progress;
mod pyperf_json;
mod report_md;
mod results;
mod run;
mod stats;
mod suite;
mod sys;

use clap::Parser;
use cli::{Cli, Command, SuiteArgs};
use std::path::Path;

/// `pyrite-bench list`: benchmarks with their sizes, and the interpreters a
/// default run would use.
fn list(args: &SuiteArgs) -> Result<i32, String> {
    let dir = args.suite.clone().unwrap_or_else(suite::default_suite_dir);
    let s = suite::load(&dir)?;
    println!("Suite: {}", s.dir.display());
    let width = s
        .benchmarks
        .iter()
        .map(|b| b.name.len())
        .max()
        .unwrap_or(0)
        .max(9);
    println!(
        "{:width$}  {:>10}  {:>12}  expected",
        "benchmark", "QUICK", "DEFAULT"
    );
    let size = |v: Option<u64>| v.map(|n| n.to_string()).unwrap_or_else(|| "?".into());
    for b in &s.benchmarks {
        let expected: Vec<&str> = [("quick", true), ("default", false)]
            .iter()
            .filter(|(_, q)| s.expected_path(&b.name, *q).is_file())
            .map(|(n, _)| *n)
            .collect();
        let expected = if expected.is_empty() {
            "MISSING".to_string()
        } else {
            expected.join(", ")
        };
        println!(
            "{:width$}  {:>10}  {:>12}  {expected}",
            b.name,
            size(b.quick),
            size(b.default)
        );
    }
    let mut warnings = Vec::new();
    let root = suite::workspace_root();
    let interps =
        interp::default_interpreters(args.pyrite.as_deref(), root.as_deref(), &mut warnings);
    println!("\nDefault interpreters:");
    for i in &interps {
        println!(
            "  {} = {}{}",
            i.name,
            i.command.join(" "),
            if i.is_pyrite { "  (GC stats)" } else { "" }
        );
    }
    for w in warnings {
        println!("  warning: {w}");
    }
    Ok(0)
}

/// `pyrite-bench report DIR`.
fn report(dir: &Path) -> Result<i32, String> {
    let mut rs = results::ResultSet::load(dir)?;
    let out = if dir.is_dir() {
        dir.to_path_buf()
    } else {
        dir.parent().map(Path::to_path_buf).unwrap_or_default()
    };
    let a = output::write_all(&out, &mut rs)?;
    output::print_summary(&out, &rs, &a);
    Ok(0)
}

fn main() {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Run(args) => run::run(args),
        Command::Report { dir } => report(dir),
        Command::Compare { a, b, markdown } => compare::compare(a, b, *markdown),
        Command::Merge { out, inputs } => merge::merge(out, inputs),
        Command::List(args) => list(args),
    };
    match result {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("pyrite-bench: {e}");
            std::process::exit(2);
        }
    }
}
