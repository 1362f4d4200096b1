//! The benchmark × interpreter matrix and the order in which it is run.
//!
//! **Interleaving.** A run makes `P` *rounds*; each round executes every cell
//! (benchmark × interpreter) once. Slow drift of a shared machine (thermal
//! throttling, other users' jobs) therefore spreads over all cells instead of
//! penalising whichever cell would have run last. Within a round the cells run
//! in a random order, a permutation seeded by the round number, so that no
//! cell always follows the same neighbour (whose cache or frequency effects
//! could otherwise bias it) while a rerun still uses the same order.
//!
//! **Failures.** Once a cell has failed (crash, timeout, wrong or missing
//! checksum, protocol error), its later rounds are skipped: the cell is
//! reported as failed anyway, and a crash would only repeat.

use crate::stats::rng::Rng;
use crate::suite::{Benchmark, Suite};

/// Default process executions per cell.
pub const DEFAULT_PROCESSES: u32 = 5;
/// Default in-process iterations.
pub const DEFAULT_ITERATIONS: u32 = 20;
/// Process executions per cell with `--quick`.
pub const QUICK_PROCESSES: u32 = 1;
/// In-process iterations with `--quick`.
pub const QUICK_ITERATIONS: u32 = 3;

/// One scheduled process execution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Task {
    /// 0-based round.
    pub round: u32,
    /// Index of the benchmark.
    pub bench: usize,
    /// Index of the interpreter.
    pub interp: usize,
}

/// Processes and iterations for a run: explicit values win, else the
/// defaults of the mode.
pub fn counts(quick: bool, processes: Option<u32>, iterations: Option<u32>) -> (u32, u32) {
    let (p, i) = if quick {
        (QUICK_PROCESSES, QUICK_ITERATIONS)
    } else {
        (DEFAULT_PROCESSES, DEFAULT_ITERATIONS)
    };
    (
        processes.unwrap_or(p).max(1),
        iterations.unwrap_or(i).max(1),
    )
}

/// The benchmarks named by `--bench` (all if none), in suite order.
pub fn select_benchmarks(suite: &Suite, names: &[String]) -> Result<Vec<Benchmark>, String> {
    if names.is_empty() {
        return Ok(suite.benchmarks.clone());
    }
    for n in names {
        if !suite.benchmarks.iter().any(|b| &b.name == n) {
            let known: Vec<&str> = suite.benchmarks.iter().map(|b| b.name.as_str()).collect();
            return Err(format!(
                "unknown benchmark {n:?} (known: {})",
                known.join(", ")
            ));
        }
    }
    Ok(suite
        .benchmarks
        .iter()
        .filter(|b| names.contains(&b.name))
        .cloned()
        .collect())
}

/// The execution order: `rounds` rounds, each a seeded permutation of all
/// `n_bench × n_interp` cells.
pub fn schedule(n_bench: usize, n_interp: usize, rounds: u32) -> Vec<Task> {
    let mut out = Vec::with_capacity(n_bench * n_interp * rounds as usize);
    for round in 0..rounds {
        let mut cells: Vec<(usize, usize)> = (0..n_bench)
            .flat_map(|b| (0..n_interp).map(move |i| (b, i)))
            .collect();
        Rng::from_labels(&["schedule", &round.to_string()]).shuffle(&mut cells);
        out.extend(cells.into_iter().map(|(bench, interp)| Task {
            round,
            bench,
            interp,
        }));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_round_covers_every_cell_once() {
        let s = schedule(3, 4, 5);
        assert_eq!(s.len(), 60);
        for round in 0..5 {
            let cells: HashSet<(usize, usize)> = s
                .iter()
                .filter(|t| t.round == round)
                .map(|t| (t.bench, t.interp))
                .collect();
            assert_eq!(cells.len(), 12);
        }
        // rounds are contiguous and in order
        assert!(s.windows(2).all(|w| w[0].round <= w[1].round));
        // and reproducible
        assert_eq!(s, schedule(3, 4, 5));
    }

    #[test]
    fn rounds_use_different_orders() {
        let s = schedule(4, 3, 2);
        let first: Vec<_> = s[..12].iter().map(|t| (t.bench, t.interp)).collect();
        let second: Vec<_> = s[12..].iter().map(|t| (t.bench, t.interp)).collect();
        assert_ne!(first, second);
    }

    #[test]
    fn counts_follow_the_mode() {
        assert_eq!(counts(false, None, None), (5, 20));
        assert_eq!(counts(true, None, None), (1, 3));
        assert_eq!(counts(true, Some(2), Some(10)), (2, 10));
        assert_eq!(counts(false, Some(0), None), (1, 20));
    }

    #[test]
    fn benchmarks_are_selected_by_name() {
        let b = |n: &str| Benchmark {
            name: n.into(),
            path: n.into(),
            quick: Some(1),
            default: Some(2),
        };
        let suite = Suite {
            dir: ".".into(),
            driver: "d".into(),
            benchmarks: vec![b("a"), b("b"), b("c")],
        };
        let picked = select_benchmarks(&suite, &["c".into(), "a".into()]).unwrap();
        assert_eq!(
            picked.iter().map(|b| b.name.as_str()).collect::<Vec<_>>(),
            ["a", "c"]
        );
        assert_eq!(select_benchmarks(&suite, &[]).unwrap().len(), 3);
        assert!(select_benchmarks(&suite, &["zzz".into()])
            .unwrap_err()
            .contains("unknown benchmark"));
    }
}
