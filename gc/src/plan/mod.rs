//! Collector plans. Each plan has its own module with the same shape: a `collect` entry point
//! and its [`PlanConstraints`]. The space (allocation) is shared.
//!
//! Today pyrite has one plan, [`marksweep`]; refcounting (`rc`) and a non-moving generational
//! plan (`gen`) are named here so that `--gc=` reports them clearly as not yet available.

pub mod marksweep;

use crate::binding::PlanConstraints;
use std::fmt;
use std::str::FromStr;

/// Which collector a heap uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CollectorKind {
    /// Precise, non-moving mark-sweep.
    MarkSweep,
}

impl CollectorKind {
    /// Every collector that can be selected, in the order `--configs` lists them.
    pub const ALL: [CollectorKind; 1] = [CollectorKind::MarkSweep];

    /// Short name used on the command line (`--gc=ms`).
    pub fn short_name(self) -> &'static str {
        match self {
            CollectorKind::MarkSweep => "ms",
        }
    }

    /// What the VM and JIT must do for this collector.
    pub fn constraints(self) -> PlanConstraints {
        match self {
            CollectorKind::MarkSweep => marksweep::CONSTRAINTS,
        }
    }
}

impl fmt::Display for CollectorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CollectorKind::MarkSweep => "mark-sweep",
        })
    }
}

impl FromStr for CollectorKind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "ms" | "marksweep" | "mark-sweep" => Ok(CollectorKind::MarkSweep),
            "rc" | "refcount" | "gen" | "generational" => Err(format!(
                "collector '{s}' is not implemented yet (available: ms)"
            )),
            _ => Err(format!("unknown collector '{s}' (available: ms)")),
        }
    }
}
