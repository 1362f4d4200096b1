//! Classification of warm-up behaviour of one process execution.
//!
//! Method (after Barrett, Bolz-Tereick, Killick, Mount & Tratt, "Virtual
//! Machine Warmup Blows Hot and Cold", OOPSLA 2017, and their Krun tooling):
//!
//! 1. Segment the iteration times with PELT ([`super::changepoint`]), penalty
//!    `15 ln n`, noise scale estimated robustly from the series.
//! 2. Tidy the segments. Two segments are *equivalent* when their means differ
//!    by at most `tol = max(1% of the median time, σ)`: a difference that small
//!    is practically irrelevant. Adjacent equivalent segments are merged, and
//!    an interior segment of a single iteration whose two neighbours are
//!    equivalent to each other is absorbed into them (a transient outlier such
//!    as a GC pause or a context switch, not a change of phase). Repeat until
//!    nothing changes.
//! 3. The last segment is the **steady state**. Classify:
//!    * `flat`: one segment left, or every earlier segment is equivalent to
//!      the last one (the steady state then starts at iteration 1);
//!    * `no steady state`: the last segment is shorter than
//!      `max(2, ⌈n/4⌉)` iterations: the series was still changing at the end;
//!    * `warmup`: the last segment is at least as fast as every earlier
//!      segment not equivalent to it;
//!    * `slowdown`: otherwise (some earlier, non-equivalent segment was faster).
//!
//! **Short series.** Changepoint detection needs data; with fewer than
//! [`MIN_CHANGEPOINT_ITERATIONS`] iterations (e.g. `--quick`'s 3) a process is
//! `flat` unless clearly otherwise: if the first iteration is more than
//! [`SHORT_WARMUP_FACTOR`] times slower than every later one, it is `warmup`
//! with the steady state starting at iteration 2. Slowdowns are never
//! diagnosed on short series.
//!
//! **Steady-state window used for the statistics.** For `flat`, `warmup` and
//! `slowdown` it is the last segment (all iterations for `flat`); for
//! `no steady state` there is none, so the second half of the iterations
//! stands in, and the report flags the cell.

use serde::{Deserialize, Serialize};

/// Fewer iterations than this are classified by the short-series rule.
pub const MIN_CHANGEPOINT_ITERATIONS: usize = 6;

/// Short series: the first iteration must be this many times slower than
/// every later one to count as warm-up.
pub const SHORT_WARMUP_FACTOR: f64 = 1.2;

/// Relative equivalence tolerance between segment means.
pub const EQUIVALENCE_TOLERANCE: f64 = 0.01;

/// Minimum length of the steady-state segment, as a fraction of `n`.
pub const MIN_STEADY_FRACTION: f64 = 0.25;

/// The warm-up classes of Barrett et al.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Classification {
    /// No change of performance: one steady segment.
    #[serde(rename = "flat")]
    Flat,
    /// Slower at first, then a faster steady state.
    #[serde(rename = "warmup")]
    Warmup,
    /// Faster at first, then a slower steady state.
    #[serde(rename = "slowdown")]
    Slowdown,
    /// Performance was still changing at the end of the process.
    #[serde(rename = "no steady state")]
    NoSteadyState,
}

impl Classification {
    /// All classes, in report order.
    pub const ALL: [Classification; 4] = [
        Classification::Flat,
        Classification::Warmup,
        Classification::Slowdown,
        Classification::NoSteadyState,
    ];

    /// Human-readable name (as serialised).
    pub fn as_str(self) -> &'static str {
        match self {
            Classification::Flat => "flat",
            Classification::Warmup => "warmup",
            Classification::Slowdown => "slowdown",
            Classification::NoSteadyState => "no steady state",
        }
    }
}

/// Result of the warm-up analysis of one process execution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WarmupAnalysis {
    /// The class of the series.
    pub classification: Classification,
    /// 0-based index of the first iteration of the steady-state window.
    pub steady_start: usize,
    /// 0-based start indices of the segments after the first (after tidying).
    pub changepoints: Vec<usize>,
    /// Mean iteration time of each segment, in seconds.
    pub segment_means: Vec<f64>,
    /// Robust noise estimate σ in seconds.
    pub noise_sd: f64,
}

#[derive(Debug, Clone, Copy)]
struct Segment {
    start: usize,
    end: usize,
    mean: f64,
}

fn segment(x: &[f64], start: usize, end: usize) -> Segment {
    Segment {
        start,
        end,
        mean: super::mean(&x[start..end]),
    }
}

/// Analyses the iteration times (seconds, in order) of one process.
pub fn analyze(times: &[f64]) -> WarmupAnalysis {
    let n = times.len();
    let sigma = super::changepoint::noise_sd(times);
    if n < MIN_CHANGEPOINT_ITERATIONS {
        let rest_max = times
            .iter()
            .skip(1)
            .copied()
            .fold(f64::NEG_INFINITY, f64::max);
        if n >= 2 && times[0] > SHORT_WARMUP_FACTOR * rest_max {
            return WarmupAnalysis {
                classification: Classification::Warmup,
                steady_start: 1,
                changepoints: vec![1],
                segment_means: vec![times[0], super::mean(&times[1..])],
                noise_sd: sigma,
            };
        }
        return WarmupAnalysis {
            classification: Classification::Flat,
            steady_start: 0,
            changepoints: Vec::new(),
            segment_means: if n > 0 {
                vec![super::mean(times)]
            } else {
                Vec::new()
            },
            noise_sd: sigma,
        };
    }

    let cps = super::changepoint::pelt(times, sigma, super::changepoint::default_penalty(n));
    let mut bounds = vec![0];
    bounds.extend(cps);
    bounds.push(n);
    let mut segs: Vec<Segment> = bounds
        .windows(2)
        .map(|w| segment(times, w[0], w[1]))
        .collect();
    let tol = (EQUIVALENCE_TOLERANCE * super::median(times).abs()).max(sigma);
    tidy(times, &mut segs, tol);

    let last = *segs.last().expect("at least one segment");
    let min_steady = ((n as f64 * MIN_STEADY_FRACTION).ceil() as usize).max(2);
    let earlier_distinct: Vec<f64> = segs[..segs.len() - 1]
        .iter()
        .map(|s| s.mean)
        .filter(|m| (m - last.mean).abs() > tol)
        .collect();
    let (classification, steady_start) = if earlier_distinct.is_empty() {
        (Classification::Flat, 0)
    } else if last.end - last.start < min_steady {
        (Classification::NoSteadyState, n / 2)
    } else if earlier_distinct.iter().all(|&m| last.mean <= m) {
        (Classification::Warmup, last.start)
    } else {
        (Classification::Slowdown, last.start)
    };
    WarmupAnalysis {
        classification,
        steady_start,
        changepoints: segs.iter().skip(1).map(|s| s.start).collect(),
        segment_means: segs.iter().map(|s| s.mean).collect(),
        noise_sd: sigma,
    }
}

/// Merges equivalent neighbours and absorbs one-iteration transients.
fn tidy(x: &[f64], segs: &mut Vec<Segment>, tol: f64) {
    loop {
        if let Some(i) = (0..segs.len().saturating_sub(1))
            .find(|&i| (segs[i].mean - segs[i + 1].mean).abs() <= tol)
        {
            let merged = segment(x, segs[i].start, segs[i + 1].end);
            segs.splice(i..=i + 1, [merged]);
            continue;
        }
        let transient = (1..segs.len().saturating_sub(1)).find(|&i| {
            segs[i].end - segs[i].start == 1 && (segs[i - 1].mean - segs[i + 1].mean).abs() <= tol
        });
        if let Some(i) = transient {
            let merged = segment(x, segs[i - 1].start, segs[i + 1].end);
            segs.splice(i - 1..=i + 1, [merged]);
            continue;
        }
        break;
    }
}

#[cfg(test)]
mod tests {
    use super::super::rng::Rng;
    use super::*;

    fn series(seed: u64, levels: &[(usize, f64)], rel_sd: f64) -> Vec<f64> {
        let mut rng = Rng::new(seed);
        levels
            .iter()
            .flat_map(|&(len, level)| (0..len).map(move |_| level).collect::<Vec<_>>())
            .map(|l| l * (1.0 + rel_sd * rng.normal()))
            .collect()
    }

    #[test]
    fn flat_series_is_flat() {
        for seed in 0..10 {
            let a = analyze(&series(seed, &[(20, 1.0)], 0.01));
            assert_eq!(a.classification, Classification::Flat, "seed {seed}: {a:?}");
            assert_eq!(a.steady_start, 0);
        }
    }

    #[test]
    fn warmup_is_detected() {
        let a = analyze(&series(1, &[(5, 2.0), (15, 1.0)], 0.01));
        assert_eq!(a.classification, Classification::Warmup, "{a:?}");
        assert_eq!(a.steady_start, 5);
        // Gradual warm-up over several levels.
        let a = analyze(&series(2, &[(3, 3.0), (4, 2.0), (13, 1.0)], 0.01));
        assert_eq!(a.classification, Classification::Warmup, "{a:?}");
        assert_eq!(a.steady_start, 7);
        // A single slow first iteration (typical JIT compile).
        let a = analyze(&series(3, &[(1, 1.5), (19, 1.0)], 0.01));
        assert_eq!(a.classification, Classification::Warmup, "{a:?}");
        assert_eq!(a.steady_start, 1);
    }

    #[test]
    fn slowdown_is_detected() {
        let a = analyze(&series(4, &[(10, 1.0), (10, 1.4)], 0.01));
        assert_eq!(a.classification, Classification::Slowdown, "{a:?}");
        assert_eq!(a.steady_start, 10);
        // Warm up, then get slower again: still a slowdown.
        let a = analyze(&series(5, &[(3, 2.0), (7, 1.0), (10, 1.3)], 0.01));
        assert_eq!(a.classification, Classification::Slowdown, "{a:?}");
    }

    #[test]
    fn late_change_means_no_steady_state() {
        let a = analyze(&series(6, &[(18, 1.0), (2, 1.5)], 0.01));
        assert_eq!(a.classification, Classification::NoSteadyState, "{a:?}");
        assert_eq!(a.steady_start, 10);
    }

    #[test]
    fn isolated_outlier_is_not_a_phase() {
        let mut x = series(7, &[(20, 1.0)], 0.01);
        x[9] = 1.8;
        let a = analyze(&x);
        assert_eq!(a.classification, Classification::Flat, "{a:?}");
    }

    #[test]
    fn short_series_rules() {
        assert_eq!(
            analyze(&[1.0, 1.02, 0.99]).classification,
            Classification::Flat
        );
        let a = analyze(&[2.0, 1.0, 1.01]);
        assert_eq!(a.classification, Classification::Warmup);
        assert_eq!(a.steady_start, 1);
        // Slower last iteration: not diagnosed on short series.
        assert_eq!(
            analyze(&[1.0, 1.0, 2.0]).classification,
            Classification::Flat
        );
        assert_eq!(analyze(&[1.0]).classification, Classification::Flat);
        assert_eq!(analyze(&[]).steady_start, 0);
    }

    #[test]
    fn classification_serialises_like_krun() {
        let s = serde_json::to_string(&Classification::NoSteadyState).unwrap();
        assert_eq!(s, "\"no steady state\"");
        for c in Classification::ALL {
            assert_eq!(
                serde_json::to_string(&c).unwrap(),
                format!("\"{}\"", c.as_str())
            );
        }
    }
}
