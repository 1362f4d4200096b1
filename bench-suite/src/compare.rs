//! `pyrite-bench compare A B`: how did B change relative to A?
//!
//! For every benchmark × interpreter present and successful in both sets:
//!
//! * **ratio** `B / A` of the steady-state means (< 1: B is faster);
//! * its 95% **bootstrap interval**: the ratios of independent hierarchical
//!   bootstrap replicates of the two cells (the two sets get different random
//!   streams even though their cells have the same names);
//! * **verdict**: `faster` / `slower` if the interval excludes 1.0, else
//!   `same`. This is the significance criterion;
//! * the two-sided **Mann–Whitney U** p-value on the per-process
//!   steady-state means, as a distribution-free second opinion (it cannot
//!   reach 0.05 with fewer than 4 processes on each side; see
//!   `stats::mann_whitney`).
//!
//! Per interpreter, the geometric mean of the ratios (with replicate-wise
//! interval) summarises the change. Cells that failed in either set are
//! listed, not compared.

use crate::analysis::cell_estimate;
use crate::report_md::{fmt_secs, sig3};
use crate::results::{CellResult, ResultSet};
use crate::stats::bootstrap::{self, Interval, CONFIDENCE};
use crate::stats::{geometric_mean, mann_whitney};
use std::path::Path;

/// One compared cell.
#[derive(Debug, Clone)]
pub struct Row {
    /// Benchmark.
    pub benchmark: String,
    /// Interpreter.
    pub interpreter: String,
    /// Steady-state mean in A and B.
    pub a: f64,
    /// Steady-state mean in B.
    pub b: f64,
    /// Ratio B / A with interval.
    pub ratio: Interval,
    /// Mann–Whitney p-value on per-process means.
    pub p_value: Option<f64>,
    /// Bootstrap replicates of the ratio.
    replicates: Vec<f64>,
}

impl Row {
    /// `faster`, `slower` or `same`.
    pub fn verdict(&self) -> &'static str {
        if self.ratio.contains(1.0) {
            "same"
        } else if self.ratio.estimate < 1.0 {
            "faster"
        } else {
            "slower"
        }
    }
}

fn process_means(cell: &CellResult) -> Vec<f64> {
    cell.steady_samples()
        .iter()
        .map(|s| crate::stats::mean(s))
        .collect()
}

/// Compares two result sets; also returns the cells that could not be compared.
pub fn compare_sets(a: &ResultSet, b: &ResultSet) -> (Vec<Row>, Vec<String>) {
    let mut rows = Vec::new();
    let mut skipped = Vec::new();
    for cb in &b.cells {
        let Some(ca) = a.cell(&cb.benchmark, &cb.interpreter) else {
            continue;
        };
        let what = format!("{} on {}", cb.benchmark, cb.interpreter);
        match (cell_estimate(ca, "A"), cell_estimate(cb, "B")) {
            (Some((ea, ra)), Some((eb, rb))) => {
                let replicates = bootstrap::ratio_replicates(&rb, &ra);
                let ratio = bootstrap::percentile_interval(
                    eb.estimate / ea.estimate,
                    &replicates,
                    CONFIDENCE,
                );
                rows.push(Row {
                    benchmark: cb.benchmark.clone(),
                    interpreter: cb.interpreter.clone(),
                    a: ea.estimate,
                    b: eb.estimate,
                    ratio,
                    p_value: mann_whitney::p_value(&process_means(ca), &process_means(cb)),
                    replicates,
                });
            }
            (None, None) => skipped.push(format!("{what}: failed in A and B")),
            (None, _) => skipped.push(format!("{what}: failed in A")),
            (_, None) => skipped.push(format!("{what}: failed in B")),
        }
    }
    (rows, skipped)
}

/// Geometric mean of the ratios of each interpreter, with its interval.
pub fn geomeans(rows: &[Row]) -> Vec<(String, usize, Interval)> {
    let mut names: Vec<&str> = Vec::new();
    for r in rows {
        if !names.contains(&r.interpreter.as_str()) {
            names.push(&r.interpreter);
        }
    }
    names
        .into_iter()
        .filter_map(|n| {
            let mine: Vec<&Row> = rows.iter().filter(|r| r.interpreter == n).collect();
            let est: Vec<f64> = mine.iter().map(|r| r.ratio.estimate).collect();
            let reps = bootstrap::geomean_replicates(
                &mine
                    .iter()
                    .map(|r| r.replicates.clone())
                    .collect::<Vec<_>>(),
            );
            let g = geometric_mean(&est)?;
            Some((
                n.to_string(),
                mine.len(),
                bootstrap::percentile_interval(g, &reps, CONFIDENCE),
            ))
        })
        .collect()
}

fn table(header: &[&str], rows: &[Vec<String>], markdown: bool) -> String {
    let mut out = String::new();
    if markdown {
        out += &format!(
            "| {} |\n|{}\n",
            header.join(" | "),
            "---|".repeat(header.len())
        );
        for r in rows {
            out += &format!(
                "| {} |\n",
                r.iter()
                    .map(|c| c.replace('|', "\\|"))
                    .collect::<Vec<_>>()
                    .join(" | ")
            );
        }
        return out;
    }
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
            + "\n"
    };
    out += &line(header.to_vec());
    out += &line(
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str)
            .collect(),
    );
    for r in rows {
        out += &line(r.iter().map(String::as_str).collect());
    }
    out
}

/// Renders the comparison as text or Markdown.
pub fn render(rows: &[Row], skipped: &[String], markdown: bool) -> String {
    let body: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.benchmark.clone(),
                r.interpreter.clone(),
                fmt_secs(r.a),
                fmt_secs(r.b),
                format!(
                    "{} [{}, {}]",
                    sig3(r.ratio.estimate),
                    sig3(r.ratio.low),
                    sig3(r.ratio.high)
                ),
                r.verdict().to_string(),
                r.p_value.map(|p| format!("{p:.3}")).unwrap_or("–".into()),
            ]
        })
        .collect();
    let mut out = String::from("Ratio = B / A of steady-state time (< 1: B faster); 95% bootstrap CI; verdict = CI excludes 1; p = Mann-Whitney U on per-process means.\n\n");
    out += &table(
        &[
            "benchmark",
            "interpreter",
            "A",
            "B",
            "B/A [95% CI]",
            "verdict",
            "p",
        ],
        &body,
        markdown,
    );
    let geo: Vec<Vec<String>> = geomeans(rows)
        .into_iter()
        .map(|(n, k, g)| {
            vec![
                n,
                k.to_string(),
                format!("{} [{}, {}]", sig3(g.estimate), sig3(g.low), sig3(g.high)),
            ]
        })
        .collect();
    if !geo.is_empty() {
        out += "\nGeometric mean of B/A per interpreter:\n\n";
        out += &table(
            &["interpreter", "benchmarks", "B/A [95% CI]"],
            &geo,
            markdown,
        );
    }
    if !skipped.is_empty() {
        out += "\nNot compared:\n";
        for s in skipped {
            out += &format!("- {s}\n");
        }
    }
    out
}

/// The `compare` subcommand.
pub fn compare(a: &Path, b: &Path, markdown: bool) -> Result<i32, String> {
    let (ra, rb) = (ResultSet::load(a)?, ResultSet::load(b)?);
    let (rows, skipped) = compare_sets(&ra, &rb);
    if rows.is_empty() && skipped.is_empty() {
        return Err("the two result sets have no benchmark × interpreter in common".into());
    }
    print!("{}", render(&rows, &skipped, markdown));
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures;

    #[test]
    fn slower_b_is_detected() {
        let a = fixtures::result_set();
        let mut b = fixtures::result_set();
        for c in b.cells.iter_mut().filter(|c| c.interpreter == "fast") {
            for p in &mut c.processes {
                p.iterations.iter_mut().for_each(|t| *t *= 1.5);
            }
        }
        let (rows, skipped) = compare_sets(&a, &b);
        let fast: Vec<&Row> = rows.iter().filter(|r| r.interpreter == "fast").collect();
        assert_eq!(fast.len(), 3);
        for r in fast {
            assert!((r.ratio.estimate - 1.5).abs() < 1e-9, "{r:?}");
            assert_eq!(r.verdict(), "slower");
        }
        let same = rows.iter().find(|r| r.interpreter == "cpython").unwrap();
        assert!((same.ratio.estimate - 1.0).abs() < 1e-12);
        assert_eq!(same.verdict(), "same");
        assert!(skipped.iter().any(|s| s.contains("gamma on cpython")));
        let g = geomeans(&rows);
        let fast_geo = g.iter().find(|(n, _, _)| n == "fast").unwrap();
        assert!((fast_geo.2.estimate - 1.5).abs() < 1e-9);
        let text = render(&rows, &skipped, true);
        assert!(text.contains("| alpha | fast |") && text.contains("slower"));
        let plain = render(&rows, &skipped, false);
        assert!(plain.contains("benchmark  interpreter"));
    }
}
