//! Changepoint detection by PELT (Pruned Exact Linear Time).
//!
//! Killick, Fearnhead & Eckley, "Optimal detection of changepoints with a
//! linear computational cost", JASA 2012. Given a series `x_1..x_n`, PELT finds
//! the segmentation `0 = τ_0 < τ_1 < … < τ_m < τ_{m+1} = n` that minimises
//!
//! ```text
//!     Σ_j C(x[τ_j .. τ_{j+1}])  +  β · m
//! ```
//!
//! exactly, where `C` is a segment cost and `β` a penalty per changepoint. It
//! is the optimal-partitioning dynamic programme `F(t) = min_s F(s) + C(s,t) +
//! β` plus a pruning rule (drop `s` once `F(s) + C(s,t) > F(t)`) that never
//! discards the optimum for costs like ours.
//!
//! **Cost.** We look for changes in the *mean* iteration time and use the
//! Gaussian cost with known variance: `C = Σ (x_i − x̄_seg)² / σ²`, i.e. twice
//! the negative log-likelihood up to a constant. Krun (Barrett et al., OOPSLA
//! 2017) used the R `changepoint` package's PELT the same way.
//!
//! **Noise scale σ** ([`noise_sd`]) is estimated robustly from first
//! differences, `σ = 1.4826 · median|x_{i+1} − x_i| / √2`, which is insensitive
//! both to the level shifts we are looking for and to isolated outliers. It is
//! floored at [`MIN_RELATIVE_NOISE`] of the median time: differences smaller
//! than that are not worth reporting and timers are not that precise anyway.
//!
//! **Penalty.** `β = PENALTY_FACTOR · ln n` ([`default_penalty`]), the
//! `15 log n` that Krun settled on: much stricter than BIC (`≈ 2 ln n`), because
//! benchmark noise has heavy tails and a false changepoint turns a `flat`
//! process into a spurious `warmup`. With it, a step of `δσ` splitting 20
//! iterations in half is detected for `δ ≳ 3`, and a slow first iteration for
//! `δ ≳ 7`.

/// Multiplier of `ln n` in the penalty per changepoint.
pub const PENALTY_FACTOR: f64 = 15.0;

/// Floor of the noise estimate, relative to the median iteration time.
pub const MIN_RELATIVE_NOISE: f64 = 0.005;

/// The penalty per changepoint for a series of length `n`.
pub fn default_penalty(n: usize) -> f64 {
    PENALTY_FACTOR * (n.max(2) as f64).ln()
}

/// Robust standard deviation of the noise of `x` (see the module docs).
pub fn noise_sd(x: &[f64]) -> f64 {
    let floor = (MIN_RELATIVE_NOISE * super::median(x).abs()).max(1e-12);
    if x.len() < 3 {
        return floor;
    }
    let diffs: Vec<f64> = x.windows(2).map(|w| (w[1] - w[0]).abs()).collect();
    let sd = 1.4826 * super::median(&diffs) / std::f64::consts::SQRT_2;
    if sd.is_finite() {
        sd.max(floor)
    } else {
        floor
    }
}

/// Runs PELT on `x` with noise scale `sigma > 0` and penalty `penalty`.
/// Returns the changepoints: the sorted indices (in `1..n`) at which a new
/// segment starts. An empty result means a single segment.
pub fn pelt(x: &[f64], sigma: f64, penalty: f64) -> Vec<usize> {
    let n = x.len();
    if n < 2 || sigma.is_nan() || sigma <= 0.0 {
        return Vec::new();
    }
    // Centre and scale before the prefix sums to limit cancellation.
    let centre = super::mean(x);
    let mut s1 = vec![0.0; n + 1];
    let mut s2 = vec![0.0; n + 1];
    for (i, &v) in x.iter().enumerate() {
        let y = (v - centre) / sigma;
        s1[i + 1] = s1[i] + y;
        s2[i + 1] = s2[i] + y * y;
    }
    let cost = |s: usize, t: usize| -> f64 {
        let len = (t - s) as f64;
        let sum = s1[t] - s1[s];
        ((s2[t] - s2[s]) - sum * sum / len).max(0.0)
    };

    let mut f = vec![0.0; n + 1];
    f[0] = -penalty;
    let mut last = vec![0usize; n + 1];
    let mut candidates: Vec<usize> = vec![0];
    for t in 1..=n {
        let mut best = f64::INFINITY;
        let mut arg = 0;
        for &s in &candidates {
            let v = f[s] + cost(s, t) + penalty;
            if v < best {
                best = v;
                arg = s;
            }
        }
        f[t] = best;
        last[t] = arg;
        let slack = 1e-9 * (1.0 + best.abs());
        candidates.retain(|&s| f[s] + cost(s, t) <= best + slack);
        candidates.push(t);
    }

    let mut cps = Vec::new();
    let mut t = n;
    while t > 0 {
        let s = last[t];
        if s > 0 {
            cps.push(s);
        }
        t = s;
    }
    cps.reverse();
    cps
}

#[cfg(test)]
mod tests {
    use super::super::rng::Rng;
    use super::*;

    fn noisy(rng: &mut Rng, levels: &[(usize, f64)], sd: f64) -> Vec<f64> {
        levels
            .iter()
            .flat_map(|&(len, level)| (0..len).map(move |_| level).collect::<Vec<_>>())
            .map(|level| level + sd * rng.normal())
            .collect()
    }

    fn detect(x: &[f64]) -> Vec<usize> {
        pelt(x, noise_sd(x), default_penalty(x.len()))
    }

    #[test]
    fn finds_a_single_step() {
        let mut rng = Rng::new(3);
        let x = noisy(&mut rng, &[(15, 2.0), (25, 1.0)], 0.02);
        assert_eq!(detect(&x), vec![15]);
    }

    #[test]
    fn finds_two_steps() {
        let mut rng = Rng::new(4);
        let x = noisy(&mut rng, &[(10, 1.5), (20, 1.0), (30, 1.3)], 0.02);
        assert_eq!(detect(&x), vec![10, 30]);
    }

    #[test]
    fn no_step_in_stationary_noise() {
        for seed in 0..20 {
            let mut rng = Rng::new(seed);
            let x = noisy(&mut rng, &[(40, 1.0)], 0.03);
            assert!(detect(&x).is_empty(), "seed {seed}: {:?}", detect(&x));
        }
    }

    #[test]
    fn constant_series_uses_noise_floor() {
        let x = vec![1.0; 20];
        assert!((noise_sd(&x) - MIN_RELATIVE_NOISE).abs() < 1e-12);
        assert!(detect(&x).is_empty());
        let mut y = x.clone();
        y[0] = 3.0; // a first iteration three times slower stands out
        assert_eq!(detect(&y), vec![1]);
    }

    #[test]
    fn pruned_search_matches_exhaustive_search() {
        // Optimal partitioning without pruning, for comparison.
        fn exhaustive(x: &[f64], sigma: f64, beta: f64) -> f64 {
            let n = x.len();
            let cost = |s: usize, t: usize| {
                let seg: Vec<f64> = x[s..t].iter().map(|v| v / sigma).collect();
                let m = seg.iter().sum::<f64>() / seg.len() as f64;
                seg.iter().map(|v| (v - m) * (v - m)).sum::<f64>()
            };
            let mut f = vec![0.0; n + 1];
            f[0] = -beta;
            for t in 1..=n {
                f[t] = (0..t)
                    .map(|s| f[s] + cost(s, t) + beta)
                    .fold(f64::INFINITY, f64::min);
            }
            f[n]
        }
        let mut rng = Rng::new(11);
        let x = noisy(&mut rng, &[(7, 1.2), (9, 1.0), (6, 1.1)], 0.05);
        let sigma = 0.05;
        let beta = 4.0;
        let cps = pelt(&x, sigma, beta);
        let mut bounds = vec![0];
        bounds.extend(&cps);
        bounds.push(x.len());
        let total: f64 = bounds
            .windows(2)
            .map(|w| {
                let seg = &x[w[0]..w[1]];
                let m = seg.iter().sum::<f64>() / seg.len() as f64;
                seg.iter().map(|v| ((v - m) / sigma).powi(2)).sum::<f64>()
            })
            .sum::<f64>()
            + beta * cps.len() as f64;
        assert!((total - exhaustive(&x, sigma, beta)).abs() < 1e-6);
    }

    #[test]
    fn tiny_inputs() {
        assert!(pelt(&[], 1.0, 1.0).is_empty());
        assert!(pelt(&[1.0], 1.0, 1.0).is_empty());
        assert!(pelt(&[1.0, 2.0], 0.0, 1.0).is_empty());
    }
}
