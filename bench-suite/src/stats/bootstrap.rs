//! Hierarchical bootstrap confidence intervals.
//!
//! Benchmark timings have two levels of variation: between process executions
//! (address-space layout, JIT decisions, hash seeds, what else the machine is
//! doing) and between iterations inside one process. Iterations of one
//! process are *not* independent samples of the interpreter's speed, so
//! pooling them and computing a textbook interval badly overstates the
//! precision. Following Kalibera & Jones ("Rigorous Benchmarking in Reasonable
//! Time", ISMM 2013) and Barrett et al. (OOPSLA 2017), we bootstrap
//! hierarchically:
//!
//! * the **estimate** is the mean over processes of each process's mean
//!   steady-state iteration time;
//! * one **replicate** draws `P` processes with replacement from the `P`
//!   measured ones, then for each drawn process draws its `n_p` steady-state
//!   iterations with replacement, and computes the same mean of means;
//! * the 95% interval is the 2.5th and 97.5th percentile of
//!   [`DEFAULT_RESAMPLES`] replicates (the *percentile bootstrap*).
//!
//! With a single process (as in `--quick`), the process level cannot be
//! resampled and the interval only reflects within-process noise: it is then
//! too narrow, and the report says how many processes were used.
//!
//! Derived quantities (the ratio of an interpreter's time to CPython's, the
//! geometric mean of those ratios over benchmarks) are computed replicate by
//! replicate from independent per-cell replicates, so their intervals
//! propagate the uncertainty of every cell involved.

use super::quantile_sorted;
use super::rng::Rng;
use serde::{Deserialize, Serialize};

/// Number of bootstrap replicates per cell.
pub const DEFAULT_RESAMPLES: usize = 2000;

/// Confidence level of all reported intervals.
pub const CONFIDENCE: f64 = 0.95;

/// A point estimate with a confidence interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    /// Point estimate.
    pub estimate: f64,
    /// Lower bound of the interval.
    pub low: f64,
    /// Upper bound of the interval.
    pub high: f64,
}

impl Interval {
    /// Whether `x` lies inside the closed interval.
    pub fn contains(&self, x: f64) -> bool {
        self.low <= x && x <= self.high
    }
}

/// Mean over processes of each process's mean; NaN if there is no data.
pub fn mean_of_means(processes: &[Vec<f64>]) -> f64 {
    let means: Vec<f64> = processes
        .iter()
        .filter(|p| !p.is_empty())
        .map(|p| super::mean(p))
        .collect();
    super::mean(&means)
}

/// `resamples` hierarchical bootstrap replicates of [`mean_of_means`].
/// Empty processes are ignored; returns an empty vector if none is left.
pub fn hierarchical_replicates(
    processes: &[Vec<f64>],
    resamples: usize,
    rng: &mut Rng,
) -> Vec<f64> {
    let procs: Vec<&Vec<f64>> = processes.iter().filter(|p| !p.is_empty()).collect();
    if procs.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(resamples);
    for _ in 0..resamples {
        let mut total = 0.0;
        for _ in 0..procs.len() {
            let p = procs[rng.below(procs.len())];
            let mut sum = 0.0;
            for _ in 0..p.len() {
                sum += p[rng.below(p.len())];
            }
            total += sum / p.len() as f64;
        }
        out.push(total / procs.len() as f64);
    }
    out
}

/// Percentile interval at `confidence` around `estimate` from `replicates`
/// (non-finite replicates are dropped). With no replicates the interval
/// collapses onto the estimate.
pub fn percentile_interval(estimate: f64, replicates: &[f64], confidence: f64) -> Interval {
    let mut sorted: Vec<f64> = replicates
        .iter()
        .copied()
        .filter(|x| x.is_finite())
        .collect();
    if sorted.is_empty() {
        return Interval {
            estimate,
            low: estimate,
            high: estimate,
        };
    }
    sorted.sort_by(f64::total_cmp);
    let alpha = (1.0 - confidence) / 2.0;
    Interval {
        estimate,
        low: quantile_sorted(&sorted, alpha),
        high: quantile_sorted(&sorted, 1.0 - alpha),
    }
}

/// Replicate-wise ratios `num[k] / den[k]`.
pub fn ratio_replicates(num: &[f64], den: &[f64]) -> Vec<f64> {
    num.iter().zip(den).map(|(a, b)| a / b).collect()
}

/// Replicate-wise geometric means of several ratio replicate vectors (one per
/// benchmark, all of the same length).
pub fn geomean_replicates(ratio_sets: &[Vec<f64>]) -> Vec<f64> {
    let Some(len) = ratio_sets.iter().map(Vec::len).min() else {
        return Vec::new();
    };
    (0..len)
        .map(|k| {
            let s: f64 = ratio_sets.iter().map(|r| r[k].ln()).sum();
            (s / ratio_sets.len() as f64).exp()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn synthetic(
        rng: &mut Rng,
        procs: usize,
        iters: usize,
        mu: f64,
        between: f64,
        within: f64,
    ) -> Vec<Vec<f64>> {
        (0..procs)
            .map(|_| {
                let offset = between * rng.normal();
                (0..iters)
                    .map(|_| mu + offset + within * rng.normal())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn interval_contains_true_mean_of_normal_sample() {
        let mut data_rng = Rng::new(2017);
        let data = synthetic(&mut data_rng, 5, 20, 1.0, 0.02, 0.05);
        let est = mean_of_means(&data);
        let reps = hierarchical_replicates(&data, DEFAULT_RESAMPLES, &mut Rng::new(1));
        let ci = percentile_interval(est, &reps, CONFIDENCE);
        assert!(ci.low < est && est < ci.high, "{ci:?}");
        assert!(ci.contains(1.0), "true mean outside {ci:?}");
        assert!(ci.high - ci.low < 0.2, "interval too wide: {ci:?}");
    }

    #[test]
    fn coverage_is_roughly_nominal() {
        // 100 synthetic experiments with a fixed seed: a 95% interval should
        // cover the true mean in most of them (the percentile bootstrap with 8
        // processes under-covers a little, so the bound is loose).
        let mut data_rng = Rng::new(99);
        let mut covered = 0;
        for i in 0..100 {
            let data = synthetic(&mut data_rng, 8, 10, 2.0, 0.03, 0.05);
            let reps = hierarchical_replicates(&data, 500, &mut Rng::new(i));
            if percentile_interval(mean_of_means(&data), &reps, CONFIDENCE).contains(2.0) {
                covered += 1;
            }
        }
        assert!(covered >= 80, "covered only {covered}/100");
    }

    #[test]
    fn replicates_are_reproducible() {
        let data = vec![vec![1.0, 1.1, 0.9], vec![1.2, 1.3]];
        let a = hierarchical_replicates(&data, 100, &mut Rng::new(5));
        let b = hierarchical_replicates(&data, 100, &mut Rng::new(5));
        assert_eq!(a, b);
        assert!(a.iter().all(|&x| (0.9..=1.3).contains(&x)));
    }

    #[test]
    fn degenerate_inputs() {
        assert!(hierarchical_replicates(&[], 10, &mut Rng::new(1)).is_empty());
        assert!(hierarchical_replicates(&[vec![]], 10, &mut Rng::new(1)).is_empty());
        let ci = percentile_interval(3.0, &[], CONFIDENCE);
        assert_eq!((ci.low, ci.high), (3.0, 3.0));
        let ci = percentile_interval(1.0, &[1.0; 10], CONFIDENCE);
        assert_eq!((ci.low, ci.high), (1.0, 1.0));
    }

    #[test]
    fn ratio_and_geomean_replicates() {
        let r = ratio_replicates(&[2.0, 4.0], &[1.0, 2.0]);
        assert_eq!(r, vec![2.0, 2.0]);
        let g = geomean_replicates(&[vec![2.0, 1.0], vec![8.0, 1.0]]);
        assert!((g[0] - 4.0).abs() < 1e-12 && (g[1] - 1.0).abs() < 1e-12);
        assert!(geomean_replicates(&[]).is_empty());
    }
}
