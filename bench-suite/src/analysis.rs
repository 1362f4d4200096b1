//! Derived statistics of a result set: the numbers the report, the plots
//! and `compare` show.
//!
//! Per cell (benchmark × interpreter), from its successful process
//! executions only (a failed cell gets no timing statistics at all):
//!
//! * **steady-state time**: mean over processes of the mean of each process's
//!   steady-state window (see `stats::warmup`), with a 95% hierarchical
//!   bootstrap interval (`stats::bootstrap`), seeded by the cell's names;
//! * **time ratio to the baseline** (CPython on the same machine):
//!   `mean_interp / mean_cpython`, so **> 1 means slower than CPython** and
//!   the speed-up is its inverse; its interval comes from the ratios of
//!   paired bootstrap replicates of the two cells;
//! * warm-up class counts, median start-up and wall time, maximum peak RSS,
//!   GC statistics aggregated over processes.
//!
//! Per interpreter: the **geometric mean** of its time ratios over the
//! benchmarks where both it and the baseline succeeded, with an interval from
//! the replicate-wise geometric means (Fleming & Wallace, "How not to lie with
//! statistics: the correct way to summarize benchmark results", CACM 1986, for
//! why ratios are summarised geometrically).

use crate::results::{CellResult, ResultSet};
use crate::stats::bootstrap::{self, Interval, CONFIDENCE, DEFAULT_RESAMPLES};
use crate::stats::rng::Rng;
use crate::stats::{median, warmup::Classification};
use serde::Serialize;
use std::collections::BTreeMap;

/// Aggregated GC statistics of pyrite processes.
#[derive(Debug, Clone, Serialize)]
pub struct GcSummary {
    /// Collector name(s) reported.
    pub collector: String,
    /// Mean number of collections per process.
    pub collections_mean: Option<f64>,
    /// Mean total pause time per process, seconds.
    pub pause_total_mean_s: Option<f64>,
    /// Longest single pause over all processes, seconds.
    pub pause_max_s: Option<f64>,
    /// Mean bytes allocated per process.
    pub bytes_allocated_mean: Option<f64>,
    /// Largest heap peak over all processes, bytes.
    pub heap_peak_max_bytes: Option<f64>,
}

/// Statistics of one cell.
#[derive(Debug, Clone, Serialize)]
pub struct CellStats {
    /// Benchmark name.
    pub benchmark: String,
    /// Interpreter name.
    pub interpreter: String,
    /// Completed without failure.
    pub ok: bool,
    /// Successful process executions used.
    pub processes: usize,
    /// Steady-state mean iteration time (seconds) with its interval.
    pub steady: Option<Interval>,
    /// Time ratio to the baseline (> 1: slower than the baseline).
    pub ratio: Option<Interval>,
    /// Warm-up classification counts.
    pub classes: BTreeMap<String, usize>,
    /// Median start-up time (spawn to `ready`), seconds.
    pub startup_median_s: Option<f64>,
    /// Median wall time of a process execution, seconds.
    pub wall_median_s: Option<f64>,
    /// Largest peak RSS, bytes.
    pub peak_rss_max_bytes: Option<u64>,
    /// GC statistics (pyrite only).
    pub gc: Option<GcSummary>,
    #[serde(skip)]
    replicates: Vec<f64>,
    #[serde(skip)]
    ratio_replicates: Vec<f64>,
}

/// Geometric mean of one interpreter's ratios.
#[derive(Debug, Clone, Serialize)]
pub struct GeoStats {
    /// Interpreter name.
    pub interpreter: String,
    /// Its baseline.
    pub baseline: String,
    /// Number of benchmarks in the mean.
    pub benchmarks: usize,
    /// Geometric mean time ratio (> 1: slower than the baseline).
    pub ratio: Option<Interval>,
}

/// All derived statistics.
#[derive(Debug, Clone, Serialize)]
pub struct Analysis {
    /// Baseline interpreter (base name).
    pub baseline: String,
    /// Bootstrap replicates per cell.
    pub resamples: usize,
    /// Confidence level.
    pub confidence: f64,
    /// Per-cell statistics, in result order.
    pub cells: Vec<CellStats>,
    /// Per-interpreter geometric means (non-baseline interpreters).
    pub geomeans: Vec<GeoStats>,
}

impl Analysis {
    /// Statistics of a cell.
    pub fn cell(&self, benchmark: &str, interpreter: &str) -> Option<&CellStats> {
        self.cells
            .iter()
            .find(|c| c.benchmark == benchmark && c.interpreter == interpreter)
    }
}

/// Steady-state estimate and bootstrap replicates of a cell; `salt`
/// separates the random streams of cells with equal names (as in `compare`).
pub fn cell_estimate(cell: &CellResult, salt: &str) -> Option<(Interval, Vec<f64>)> {
    if !cell.ok() {
        return None;
    }
    let samples = cell.steady_samples();
    if samples.is_empty() {
        return None;
    }
    let estimate = bootstrap::mean_of_means(&samples);
    let mut rng = Rng::from_labels(&["cell", salt, &cell.benchmark, &cell.interpreter]);
    let reps = bootstrap::hierarchical_replicates(&samples, DEFAULT_RESAMPLES, &mut rng);
    Some((
        bootstrap::percentile_interval(estimate, &reps, CONFIDENCE),
        reps,
    ))
}

fn gc_summary(cell: &CellResult) -> Option<GcSummary> {
    let stats: Vec<_> = cell
        .processes
        .iter()
        .filter(|p| p.failure.is_none())
        .filter_map(|p| p.gc_stats.as_ref())
        .collect();
    if stats.is_empty() {
        return None;
    }
    let nums =
        |key: &str| -> Vec<f64> { stats.iter().filter_map(|m| m.get(key)?.as_f64()).collect() };
    let mean_of = |key: &str| {
        Some(nums(key))
            .filter(|v| !v.is_empty())
            .map(|v| crate::stats::mean(&v))
    };
    let max_of = |key: &str| nums(key).into_iter().reduce(f64::max);
    let mut collectors: Vec<String> = stats
        .iter()
        .filter_map(|m| m.get("collector")?.as_str().map(str::to_string))
        .collect();
    collectors.dedup();
    Some(GcSummary {
        collector: collectors.join(", "),
        collections_mean: mean_of("collections"),
        pause_total_mean_s: mean_of("pause_total_s"),
        pause_max_s: max_of("pause_max_s"),
        bytes_allocated_mean: mean_of("bytes_allocated"),
        heap_peak_max_bytes: max_of("heap_peak_bytes"),
    })
}

fn cell_stats(rs: &ResultSet, cell: &CellResult) -> CellStats {
    let good: Vec<_> = cell
        .processes
        .iter()
        .filter(|p| p.failure.is_none())
        .collect();
    let mut classes = BTreeMap::new();
    for c in Classification::ALL {
        classes.insert(c.as_str().to_string(), 0);
    }
    for p in &good {
        if let Some(w) = &p.warmup {
            *classes
                .entry(w.classification.as_str().to_string())
                .or_insert(0) += 1;
        }
    }
    let startups: Vec<f64> = good.iter().filter_map(|p| p.startup_s).collect();
    let walls: Vec<f64> = good.iter().map(|p| p.wall_s).collect();
    let estimate = cell_estimate(cell, "");
    let is_pyrite = rs
        .interpreter(&cell.interpreter)
        .is_some_and(|i| i.is_pyrite);
    CellStats {
        benchmark: cell.benchmark.clone(),
        interpreter: cell.interpreter.clone(),
        ok: cell.ok(),
        processes: if cell.ok() { good.len() } else { 0 },
        steady: estimate.as_ref().map(|e| e.0),
        ratio: None,
        classes,
        startup_median_s: (!startups.is_empty()).then(|| median(&startups)),
        wall_median_s: (!walls.is_empty()).then(|| median(&walls)),
        peak_rss_max_bytes: good.iter().filter_map(|p| p.peak_rss_bytes).max(),
        gc: if is_pyrite { gc_summary(cell) } else { None },
        replicates: estimate.map(|e| e.1).unwrap_or_default(),
        ratio_replicates: Vec::new(),
    }
}

/// Computes every derived statistic of `rs`.
pub fn analyze(rs: &ResultSet) -> Analysis {
    let mut cells: Vec<CellStats> = rs.cells.iter().map(|c| cell_stats(rs, c)).collect();
    // Ratios to the baseline of the same machine.
    for i in 0..cells.len() {
        let Some(interp) = rs.interpreter(&cells[i].interpreter) else {
            continue;
        };
        let Some(base) = rs.baseline_for(interp) else {
            continue;
        };
        if base.name == interp.name {
            continue;
        }
        let Some(j) = cells
            .iter()
            .position(|c| c.benchmark == cells[i].benchmark && c.interpreter == base.name)
        else {
            continue;
        };
        let (Some(num), Some(den)) = (cells[i].steady, cells[j].steady) else {
            continue;
        };
        let reps = bootstrap::ratio_replicates(&cells[i].replicates, &cells[j].replicates);
        cells[i].ratio = Some(bootstrap::percentile_interval(
            num.estimate / den.estimate,
            &reps,
            CONFIDENCE,
        ));
        cells[i].ratio_replicates = reps;
    }
    let mut geomeans = Vec::new();
    for interp in &rs.interpreters {
        let Some(base) = rs.baseline_for(interp) else {
            continue;
        };
        if base.name == interp.name {
            continue;
        }
        let with_ratio: Vec<&CellStats> = cells
            .iter()
            .filter(|c| c.interpreter == interp.name && c.ratio.is_some())
            .collect();
        let estimates: Vec<f64> = with_ratio
            .iter()
            .filter_map(|c| c.ratio.map(|r| r.estimate))
            .collect();
        let reps = bootstrap::geomean_replicates(
            &with_ratio
                .iter()
                .map(|c| c.ratio_replicates.clone())
                .collect::<Vec<_>>(),
        );
        let ratio = crate::stats::geometric_mean(&estimates)
            .map(|g| bootstrap::percentile_interval(g, &reps, CONFIDENCE));
        geomeans.push(GeoStats {
            interpreter: interp.name.clone(),
            baseline: base.name.clone(),
            benchmarks: estimates.len(),
            ratio,
        });
    }
    Analysis {
        baseline: rs.metadata.settings.baseline.clone(),
        resamples: DEFAULT_RESAMPLES,
        confidence: CONFIDENCE,
        cells,
        geomeans,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures;

    #[test]
    fn ratios_and_geometric_mean() {
        let rs = fixtures::result_set();
        let a = analyze(&rs);
        let alpha = a.cell("alpha", "fast").unwrap();
        let r = alpha.ratio.unwrap();
        assert!((r.estimate - 0.5).abs() < 0.02, "{r:?}");
        assert!(r.low <= r.estimate && r.estimate <= r.high);
        // the baseline has no ratio to itself; a failed baseline gives none
        assert!(a.cell("alpha", "cpython").unwrap().ratio.is_none());
        assert!(a.cell("gamma", "fast").unwrap().ratio.is_none());
        assert!(a.cell("gamma", "fast").unwrap().steady.is_some());
        let g = a.geomeans.iter().find(|g| g.interpreter == "fast").unwrap();
        assert_eq!(g.benchmarks, 2);
        let gr = g.ratio.unwrap();
        assert!((gr.estimate - 0.5).abs() < 0.02, "{gr:?}");
        assert!(gr.contains(0.5), "{gr:?}");
        let broken = a
            .geomeans
            .iter()
            .find(|g| g.interpreter == "broken")
            .unwrap();
        assert_eq!(broken.benchmarks, 0);
        assert!(broken.ratio.is_none());
    }

    #[test]
    fn steady_state_excludes_warmup() {
        let rs = fixtures::result_set();
        let a = analyze(&rs);
        let c = a.cell("alpha", "cpython").unwrap();
        // Process 0 warms up (3 iterations at 2x): the steady mean stays ~1.0.
        let s = c.steady.unwrap();
        assert!((s.estimate - 1.0).abs() < 0.02, "{s:?}");
        assert_eq!(c.classes["warmup"], 1);
        assert_eq!(c.classes["flat"], 2);
        assert_eq!(c.processes, 3);
    }

    #[test]
    fn failed_cells_have_no_timings() {
        let a = analyze(&fixtures::result_set());
        let c = a.cell("gamma", "cpython").unwrap();
        assert!(!c.ok && c.steady.is_none() && c.processes == 0);
    }

    #[test]
    fn gc_stats_are_aggregated_for_pyrite_only() {
        let a = analyze(&fixtures::result_set());
        let gc = a.cell("alpha", "fast").unwrap().gc.as_ref().unwrap();
        assert_eq!(gc.collector, "ms");
        assert_eq!(gc.collections_mean, Some(3.0));
        assert!(a.cell("alpha", "cpython").unwrap().gc.is_none());
    }

    #[test]
    fn analysis_is_reproducible() {
        let rs = fixtures::result_set();
        let a = serde_json::to_string(&analyze(&rs)).unwrap();
        let b = serde_json::to_string(&analyze(&rs)).unwrap();
        assert_eq!(a, b);
    }
}
