//! `pyrite-bench merge OUT A B …`: one result set from several machines.
//!
//! Each source gets a *label*, its host name (suffixed `-2`, `-3`, … when two
//! sources share one). Every interpreter is renamed `NAME@LABEL` and keeps
//! its base name and machine label, so results from different machines stay
//! distinct and each interpreter is normalised by the CPython **of its own
//! machine**. The merged metadata keeps every source's full metadata under
//! `sources`. Benchmarks are the union of the sources' (the first source's
//! description wins if they differ). The report and plots of OUT are then
//! written as for a run.

use crate::metadata::{self, SourceInfo};
use crate::output;
use crate::results::ResultSet;
use std::path::{Path, PathBuf};

/// Merges loaded result sets; `paths` name them in the metadata.
pub fn merge_sets(sets: Vec<(PathBuf, ResultSet)>) -> Result<ResultSet, String> {
    let Some((_, first)) = sets.first() else {
        return Err("nothing to merge".into());
    };
    let mut merged = ResultSet {
        format: first.format.clone(),
        format_version: first.format_version,
        metadata: first.metadata.clone(),
        interpreters: Vec::new(),
        benchmarks: Vec::new(),
        cells: Vec::new(),
        summary: None,
    };
    merged.metadata.date = metadata::now_iso8601();
    merged.metadata.finished = Some(merged.metadata.date.clone());
    merged.metadata.command_line = std::env::args().collect();
    merged.metadata.interrupted = sets.iter().any(|(_, s)| s.metadata.interrupted);
    merged.metadata.machine = metadata::MachineInfo::default();
    merged.metadata.sources = Vec::new();
    let mut labels: Vec<String> = Vec::new();
    for (path, set) in sets {
        let host = set.metadata.machine.hostname.clone();
        let mut label = if host.is_empty() {
            "machine".to_string()
        } else {
            host
        };
        let base = label.clone();
        let mut k = 2;
        while labels.contains(&label) {
            label = format!("{base}-{k}");
            k += 1;
        }
        labels.push(label.clone());
        let rename = |name: &str| format!("{name}@{label}");
        for i in &set.interpreters {
            let mut j = i.clone();
            j.name = rename(&i.name);
            j.machine = if i.machine.is_empty() {
                label.clone()
            } else {
                format!("{}@{label}", i.machine)
            };
            merged.interpreters.push(j);
        }
        for b in &set.benchmarks {
            if !merged.benchmarks.iter().any(|m| m.name == b.name) {
                merged.benchmarks.push(b.clone());
            }
        }
        for c in &set.cells {
            let mut c = c.clone();
            c.interpreter = rename(&c.interpreter);
            merged.cells.push(c);
        }
        merged.metadata.sources.push(SourceInfo {
            label,
            path: path.display().to_string(),
            metadata: set.metadata,
        });
    }
    merged.metadata.machine.hostname = labels.join(", ");
    Ok(merged)
}

/// The `merge` subcommand.
pub fn merge(out: &Path, inputs: &[PathBuf]) -> Result<i32, String> {
    let sets = inputs
        .iter()
        .map(|p| Ok((p.clone(), ResultSet::load(p)?)))
        .collect::<Result<Vec<_>, String>>()?;
    let mut merged = merge_sets(sets)?;
    let a = output::write_all(out, &mut merged)?;
    output::print_summary(out, &merged, &a);
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analysis, fixtures};

    #[test]
    fn machines_stay_distinct() {
        let a = fixtures::result_set();
        let mut b = fixtures::result_set();
        b.metadata.machine.hostname = "other".into();
        let m = merge_sets(vec![
            ("a".into(), a.clone()),
            ("b".into(), b),
            ("c".into(), a),
        ])
        .unwrap();
        assert_eq!(m.interpreters.len(), 9);
        assert!(m.interpreter("fast@testhost").is_some());
        assert!(m.interpreter("fast@other").is_some());
        assert!(m.interpreter("fast@testhost-2").is_some());
        assert_eq!(m.benchmarks.len(), 3);
        assert_eq!(m.cells.len(), 27);
        assert_eq!(m.metadata.sources.len(), 3);
        assert_eq!(m.metadata.sources[1].metadata.machine.hostname, "other");
        // each machine's interpreters are normalised by that machine's CPython
        let fast = m.interpreter("fast@other").unwrap();
        assert_eq!(m.baseline_for(fast).unwrap().name, "cpython@other");
        let an = analysis::analyze(&m);
        assert_eq!(
            an.geomeans
                .iter()
                .filter(|g| g.interpreter.starts_with("fast@"))
                .count(),
            3
        );
        assert!(an.cell("alpha", "fast@other").unwrap().ratio.is_some());
    }

    #[test]
    fn merged_sets_round_trip_through_json() {
        let m = merge_sets(vec![("a".into(), fixtures::result_set())]).unwrap();
        let text = serde_json::to_string(&m).unwrap();
        let back: ResultSet = serde_json::from_str(&text).unwrap();
        assert_eq!(back.metadata.sources.len(), 1);
        assert_eq!(back.cells.len(), m.cells.len());
    }
}
