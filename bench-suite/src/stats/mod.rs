//! Statistics for benchmark results.
//!
//! The pipeline, applied to every (benchmark, interpreter) cell:
//!
//! 1. **Warm-up analysis** per process execution ([`warmup`], built on the
//!    PELT changepoint detector in [`changepoint`]): the in-process iteration
//!    times are split into segments of constant mean; the last segment is the
//!    *steady state*, and the shape of the series is classified as `flat`,
//!    `warmup`, `slowdown` or `no steady state` (after Barrett et al., "Virtual
//!    Machine Warmup Blows Hot and Cold", OOPSLA 2017).
//! 2. **Steady-state mean** of the cell: the mean over process executions of
//!    each execution's steady-state mean (each process weighs the same, however
//!    long its steady state), with a 95% **hierarchical bootstrap** interval
//!    ([`bootstrap`]: resample processes, then iterations within each).
//! 3. **Ratios and geometric means** against the baseline interpreter
//!    (CPython), whose intervals come from the same bootstrap replicates.
//! 4. **Comparisons** of two result sets ([`mann_whitney`] complements the
//!    bootstrap interval of the ratio).
//!
//! All randomness is seeded from names ([`rng`]), so every report is
//! reproducible bit for bit.

pub mod bootstrap;
pub mod changepoint;
pub mod mann_whitney;
pub mod rng;
pub mod warmup;

/// Arithmetic mean; NaN for an empty slice.
pub fn mean(xs: &[f64]) -> f64 {
    if xs.is_empty() {
        return f64::NAN;
    }
    xs.iter().sum::<f64>() / xs.len() as f64
}

/// Median (mean of the two middle values for even lengths); NaN when empty.
pub fn median(xs: &[f64]) -> f64 {
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    quantile_sorted(&v, 0.5)
}

/// Quantile `q` in `[0, 1]` of an ascending slice, interpolating linearly
/// between order statistics (Hyndman & Fan type 7, the default of R and
/// NumPy); NaN when empty.
pub fn quantile_sorted(sorted: &[f64], q: f64) -> f64 {
    match sorted.len() {
        0 => f64::NAN,
        1 => sorted[0],
        n => {
            let h = (n - 1) as f64 * q.clamp(0.0, 1.0);
            let lo = h.floor() as usize;
            let hi = (lo + 1).min(n - 1);
            sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
        }
    }
}

/// Geometric mean of positive values; `None` if empty or any value is not
/// strictly positive and finite.
pub fn geometric_mean(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() || xs.iter().any(|&x| !(x > 0.0 && x.is_finite())) {
        return None;
    }
    Some((xs.iter().map(|x| x.ln()).sum::<f64>() / xs.len() as f64).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_summaries() {
        assert_eq!(mean(&[1.0, 2.0, 3.0]), 2.0);
        assert!(mean(&[]).is_nan());
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), 2.5);
        assert_eq!(quantile_sorted(&[1.0, 2.0, 3.0, 4.0, 5.0], 0.25), 2.0);
        assert_eq!(quantile_sorted(&[1.0, 2.0], 1.0), 2.0);
    }

    #[test]
    fn geometric_mean_of_ratios() {
        let g = geometric_mean(&[2.0, 8.0]).unwrap();
        assert!((g - 4.0).abs() < 1e-12);
        let g = geometric_mean(&[0.5, 2.0, 1.0]).unwrap();
        assert!((g - 1.0).abs() < 1e-12);
        assert_eq!(geometric_mean(&[]), None);
        assert_eq!(geometric_mean(&[1.0, 0.0]), None);
        assert_eq!(geometric_mean(&[1.0, f64::NAN]), None);
    }
}
