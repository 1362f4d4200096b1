//! Mann–Whitney U test (Wilcoxon rank-sum test), two-sided.
//!
//! Used by `pyrite-bench compare` as a second opinion next to the bootstrap
//! interval of the ratio of two steady-state means. It is applied to the
//! per-process steady-state means, the independent units of a benchmark run
//! (iterations within a process are correlated and must not be fed to it).
//! It asks whether one sample tends to be larger than the other, without
//! assuming normality.
//!
//! * Without ties and with `n1 + n2 ≤ 20`, the p-value is **exact**: the null
//!   distribution of `U` is counted with the recurrence
//!   `N(m, n, u) = N(m−1, n, u−n) + N(m, n−1, u)` (Mann & Whitney 1947).
//! * Otherwise the normal approximation with tie correction and continuity
//!   correction is used.
//!
//! With 5 processes per side the smallest attainable two-sided p-value is
//! `2/252 ≈ 0.008`; with 1 or 2 processes per side the test cannot reach 0.05
//! and `compare` relies on the bootstrap interval alone.

/// Two-sided p-value of the Mann–Whitney U test for samples `a` and `b`;
/// `None` if either is empty.
pub fn p_value(a: &[f64], b: &[f64]) -> Option<f64> {
    let (n1, n2) = (a.len(), b.len());
    if n1 == 0 || n2 == 0 {
        return None;
    }
    // Midranks of the pooled sample.
    let mut pooled: Vec<(f64, bool)> = a
        .iter()
        .map(|&x| (x, true))
        .chain(b.iter().map(|&x| (x, false)))
        .collect();
    pooled.sort_by(|x, y| x.0.total_cmp(&y.0));
    let n = pooled.len();
    let mut rank_sum_a = 0.0;
    let mut tie_term = 0.0;
    let mut i = 0;
    while i < n {
        let mut j = i;
        while j + 1 < n && pooled[j + 1].0 == pooled[i].0 {
            j += 1;
        }
        let midrank = (i + j) as f64 / 2.0 + 1.0;
        let t = (j - i + 1) as f64;
        tie_term += t * t * t - t;
        rank_sum_a += midrank * pooled[i..=j].iter().filter(|p| p.1).count() as f64;
        i = j + 1;
    }
    let u = rank_sum_a - (n1 * (n1 + 1)) as f64 / 2.0;
    let mu = (n1 * n2) as f64 / 2.0;

    if tie_term == 0.0 && n <= 20 {
        let u_small = u.min((n1 * n2) as f64 - u).round() as usize;
        let counts = u_distribution(n1, n2);
        let total: f64 = counts.iter().sum();
        let tail: f64 = counts[..=u_small].iter().sum();
        return Some((2.0 * tail / total).min(1.0));
    }
    let nf = n as f64;
    let var = (n1 * n2) as f64 / 12.0 * ((nf + 1.0) - tie_term / (nf * (nf - 1.0)));
    if var <= 0.0 {
        return Some(1.0);
    }
    let z = ((u - mu).abs() - 0.5).max(0.0) / var.sqrt();
    Some(erfc(z / std::f64::consts::SQRT_2).min(1.0))
}

/// Number of orderings giving each value of `U` (index `u`), for sample
/// sizes `m` and `n`.
fn u_distribution(m: usize, n: usize) -> Vec<f64> {
    // table[i][j] = distribution for sizes (i, j)
    let mut table: Vec<Vec<Vec<f64>>> = vec![vec![Vec::new(); n + 1]; m + 1];
    for i in 0..=m {
        for j in 0..=n {
            let mut dist = vec![0.0; i * j + 1];
            if i == 0 || j == 0 {
                dist[0] = 1.0;
            } else {
                for (u, slot) in dist.iter_mut().enumerate() {
                    let with_a_largest = if u >= j {
                        table[i - 1][j].get(u - j).copied().unwrap_or(0.0)
                    } else {
                        0.0
                    };
                    let with_b_largest = table[i][j - 1].get(u).copied().unwrap_or(0.0);
                    *slot = with_a_largest + with_b_largest;
                }
            }
            table[i][j] = dist;
        }
    }
    std::mem::take(&mut table[m][n])
}

/// Complementary error function (Numerical Recipes' Chebyshev fit, relative
/// error below 1.2e-7 everywhere).
fn erfc(x: f64) -> f64 {
    let z = x.abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let poly = -z * z - 1.265_512_23
        + t * (1.000_023_68
            + t * (0.374_091_96
                + t * (0.096_784_18
                    + t * (-0.186_288_06
                        + t * (0.278_868_07
                            + t * (-1.135_203_98
                                + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77))))))));
    let r = t * poly.exp();
    if x >= 0.0 {
        r
    } else {
        2.0 - r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_distribution_small() {
        // sizes 2 and 2: U in 0..=4 with counts 1,1,2,1,1
        assert_eq!(u_distribution(2, 2), vec![1.0, 1.0, 2.0, 1.0, 1.0]);
        let d = u_distribution(5, 5);
        assert_eq!(d.iter().sum::<f64>(), 252.0);
    }

    #[test]
    fn completely_separated_samples() {
        let a = [1.0, 2.0, 3.0, 4.0, 5.0];
        let b = [6.0, 7.0, 8.0, 9.0, 10.0];
        let p = p_value(&a, &b).unwrap();
        assert!((p - 2.0 / 252.0).abs() < 1e-12, "{p}");
        assert_eq!(p_value(&a, &b), p_value(&b, &a));
    }

    #[test]
    fn identical_samples_are_not_significant() {
        let a = [1.0, 2.0, 3.0];
        assert!(p_value(&a, &a).unwrap() > 0.5);
        assert_eq!(p_value(&[], &a), None);
    }

    #[test]
    fn normal_approximation_for_large_samples() {
        let a: Vec<f64> = (0..30).map(f64::from).collect();
        let b: Vec<f64> = (0..30).map(|i| f64::from(i) + 100.0).collect();
        assert!(p_value(&a, &b).unwrap() < 1e-6);
        let c: Vec<f64> = (0..30).map(|i| f64::from(i) + 0.5).collect();
        assert!(p_value(&a, &c).unwrap() > 0.5);
    }

    #[test]
    fn erfc_values() {
        assert!((erfc(0.0) - 1.0).abs() < 1e-7);
        assert!((erfc(1.0) - 0.157_299_207).abs() < 1e-7);
        assert!((erfc(-1.0) - 1.842_700_793).abs() < 1e-7);
    }
}
