//! Writing a result directory: `results.json`, `pyperf/NAME.json`,
//! `report.md`, `speed.svg` and `warmup/NAME.svg`; and the short summary
//! printed on the terminal at the end of `run`, `report` and `merge`.

use crate::analysis::{self, Analysis};
use crate::plots;
use crate::pyperf_json;
use crate::report_md::{self, sig3};
use crate::results::ResultSet;
use std::path::Path;

/// Writes every output file of `rs` into `dir` (recomputing the summary).
/// Only a failure to write `results.json` is an error; problems with the
/// other files are reported as warnings on stderr.
pub fn write_all(dir: &Path, rs: &mut ResultSet) -> Result<Analysis, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let a = analysis::analyze(rs);
    rs.summary = serde_json::to_value(&a).ok();
    rs.save(&dir.join("results.json"))?;

    let mut problems = Vec::new();
    let pyperf_dir = dir.join("pyperf");
    if let Err(e) = std::fs::create_dir_all(&pyperf_dir) {
        problems.push(format!("{}: {e}", pyperf_dir.display()));
    }
    for interp in &rs.interpreters {
        let file = pyperf_dir.join(format!("{}.json", pyperf_json::file_stem(&interp.name)));
        match pyperf_json::suite_for(rs, &interp.name) {
            Some(suite) => {
                let text = serde_json::to_string_pretty(&suite).unwrap_or_default();
                if let Err(e) = std::fs::write(&file, text + "\n") {
                    problems.push(format!("{}: {e}", file.display()));
                }
            }
            None => {
                let _ = std::fs::remove_file(&file); // stale file from an earlier report
            }
        }
    }
    if let Err(e) = std::fs::write(dir.join("report.md"), report_md::render(rs, &a)) {
        problems.push(format!("report.md: {e}"));
    }
    if let Err(e) = plots::speed::draw(&dir.join("speed.svg"), rs, &a) {
        problems.push(format!("speed.svg: {e}"));
    }
    let warm_dir = dir.join("warmup");
    if let Err(e) = std::fs::create_dir_all(&warm_dir) {
        problems.push(format!("{}: {e}", warm_dir.display()));
    }
    for b in &rs.benchmarks {
        let file = warm_dir.join(format!("{}.svg", pyperf_json::file_stem(&b.name)));
        if let Err(e) = plots::warmup::draw(&file, rs, &b.name) {
            problems.push(format!("{}: {e}", file.display()));
        }
    }
    for p in problems {
        eprintln!("warning: {p}");
    }
    Ok(a)
}

/// Prints the geometric means and failures to stdout.
pub fn print_summary(dir: &Path, rs: &ResultSet, a: &Analysis) {
    if rs.metadata.interrupted {
        println!("INTERRUPTED: partial results.");
    }
    if a.geomeans.is_empty() {
        println!("No interpreter to compare with {}.", a.baseline);
    } else {
        println!(
            "Steady-state time relative to {} (geometric mean; > 1 = slower, 95% CI):",
            a.baseline
        );
        let width = a
            .geomeans
            .iter()
            .map(|g| g.interpreter.chars().count())
            .max()
            .unwrap_or(0);
        for g in &a.geomeans {
            match g.ratio {
                Some(r) => println!(
                    "  {:width$}  {} [{}, {}]  ({}x speed-up, {} benchmarks)",
                    g.interpreter,
                    sig3(r.estimate),
                    sig3(r.low),
                    sig3(r.high),
                    sig3(1.0 / r.estimate),
                    g.benchmarks
                ),
                None => println!("  {:width$}  no comparable benchmarks", g.interpreter),
            }
        }
    }
    let failed: Vec<_> = rs.failed_cells().collect();
    if !failed.is_empty() {
        println!("{} FAILED cell(s):", failed.len());
        for c in failed {
            let f = c.failure.as_ref().expect("failed cell");
            let first = f.message.lines().next().unwrap_or("");
            println!(
                "  {} on {}: {}: {}",
                c.benchmark,
                c.interpreter,
                f.kind.as_str(),
                first
            );
        }
    }
    println!("Results: {}", dir.join("report.md").display());
}
