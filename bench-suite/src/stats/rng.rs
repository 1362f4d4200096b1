//! A small, seedable pseudo-random number generator for the statistics.
//!
//! Reports must be reproducible: running `pyrite-bench report` twice on the same
//! `results.json` has to print the same confidence intervals. Every random
//! quantity in the runner (bootstrap resampling, the per-round shuffle of the
//! execution order) therefore comes from this generator, seeded from a fixed
//! base seed mixed with *labels* (benchmark and interpreter names). Seeding by
//! label rather than by position means that adding a benchmark to a run does not
//! change the numbers reported for the others.
//!
//! The generator is xoshiro256** (Blackman & Vigna, "Scrambled linear
//! pseudorandom number generators", ACM TOMS 2021), seeded through SplitMix64 as
//! its authors recommend. Labels are hashed with 64-bit FNV-1a. Neither is
//! cryptographic; both are more than good enough for resampling.

/// Base seed mixed into every label-derived seed.
pub const BASE_SEED: u64 = 0x7079_7269_7465_2017;

/// xoshiro256** generator.
#[derive(Debug, Clone)]
pub struct Rng {
    state: [u64; 4],
}

fn splitmix64(x: &mut u64) -> u64 {
    *x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *x;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// 64-bit FNV-1a hash of the labels (separated by a 0xFF byte, which cannot
/// occur in UTF-8) mixed with [`BASE_SEED`].
pub fn label_seed(labels: &[&str]) -> u64 {
    let mut h: u64 = 0xCBF2_9CE4_8422_2325 ^ BASE_SEED;
    for label in labels {
        for b in label.bytes().chain(std::iter::once(0xFF)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01B3);
        }
    }
    h
}

impl Rng {
    /// A generator whose whole state is derived from `seed` by SplitMix64.
    pub fn new(seed: u64) -> Self {
        let mut x = seed;
        let state = [
            splitmix64(&mut x),
            splitmix64(&mut x),
            splitmix64(&mut x),
            splitmix64(&mut x),
        ];
        Rng { state }
    }

    /// A generator seeded from labels, see [`label_seed`].
    pub fn from_labels(labels: &[&str]) -> Self {
        Rng::new(label_seed(labels))
    }

    /// Next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let s = &mut self.state;
        let result = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// Uniform integer in `0..n` (`n > 0`), by Lemire's multiply-shift. Its bias
    /// is below `n / 2^64`, irrelevant for resampling a few thousand values.
    pub fn below(&mut self, n: usize) -> usize {
        debug_assert!(n > 0);
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// Uniform float in `[0, 1)` with 53 random bits (test data only).
    #[cfg(test)]
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Standard normal variate (Box–Muller); used to make synthetic test data.
    #[cfg(test)]
    pub fn normal(&mut self) -> f64 {
        let u1 = 1.0 - self.next_f64(); // (0, 1]
        let u2 = self.next_f64();
        (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
    }

    /// Fisher–Yates shuffle.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream() {
        let mut a = Rng::from_labels(&["nbody", "cpython"]);
        let mut b = Rng::from_labels(&["nbody", "cpython"]);
        for _ in 0..100 {
            assert_eq!(a.next_u64(), b.next_u64());
        }
        let mut c = Rng::from_labels(&["nbody", "pypy"]);
        assert_ne!(a.next_u64(), c.next_u64());
    }

    #[test]
    fn label_boundaries_matter() {
        assert_ne!(label_seed(&["ab", "c"]), label_seed(&["a", "bc"]));
    }

    #[test]
    fn below_and_f64_ranges() {
        let mut r = Rng::new(1);
        let mut seen = [false; 7];
        for _ in 0..1000 {
            let k = r.below(7);
            seen[k] = true;
            let f = r.next_f64();
            assert!((0.0..1.0).contains(&f));
        }
        assert!(seen.iter().all(|&s| s));
    }

    #[test]
    fn normal_has_unit_moments() {
        let mut r = Rng::new(42);
        let xs: Vec<f64> = (0..20_000).map(|_| r.normal()).collect();
        let m = xs.iter().sum::<f64>() / xs.len() as f64;
        let v = xs.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / xs.len() as f64;
        assert!(m.abs() < 0.05, "mean {m}");
        assert!((v - 1.0).abs() < 0.05, "variance {v}");
    }

    #[test]
    fn shuffle_is_a_permutation() {
        let mut r = Rng::new(7);
        let mut v: Vec<u32> = (0..50).collect();
        r.shuffle(&mut v);
        let mut sorted = v.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..50).collect::<Vec<_>>());
        assert_ne!(v, sorted);
    }
}
