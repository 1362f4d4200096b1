//! Export to pyperf's JSON format (format version "1.0").
//!
//! pyperf (<https://pyperf.readthedocs.io/>) stores one *suite* per file:
//!
//! ```text
//! {"version": "1.0",
//!  "metadata": {common metadata},
//!  "benchmarks": [{"metadata": {"name": NAME, "unit": "second", "loops": 1, …},
//!                  "runs": [{"metadata": {per-run metadata},
//!                            "warmups": [[loops, seconds], …],
//!                            "values": [seconds, …]}, …]}]}
//! ```
//!
//! A suite usually describes one Python implementation, so we write one file
//! per interpreter, `pyperf/NAME.json`, for `pyperf compare_to`. `results.json`
//! is a pyperf suite too: its `benchmarks` hold every cell, named
//! `BENCH (INTERPRETER)` with the interpreter's metadata, and the runner's own
//! complete record sits beside them under `pyrite_bench` (pyperf ignores
//! unknown keys). Each successful process execution becomes
//! a run; its warm-up iterations (before the steady state found by our
//! changepoint analysis) become pyperf *warmups* with `loops = 1`, its
//! steady-state iterations the *values*. Failed cells are left out: pyperf has
//! no notion of failure, and `results.json` records them.
//!
//! pyperf's loader validates strictly, so we respect its rules: metadata
//! values are strings (non-empty, no newline), ints or floats; `date` is a
//! string, `duration` seconds, `command_max_rss` bytes; values must be > 0
//! (a 0-second iteration, possible with a coarse clock, is written as 1 ns).

use crate::results::{CellResult, InterpreterInfo, ResultSet};
use serde_json::{json, Map, Value};

/// Smallest value written (pyperf rejects values ≤ 0).
const MIN_VALUE: f64 = 1e-9;

/// A metadata string as pyperf accepts it (one line, non-empty).
fn meta_str(s: &str) -> Option<Value> {
    let one_line: String = s
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" | ");
    (!one_line.is_empty()).then_some(Value::String(one_line))
}

fn insert_str(map: &mut Map<String, Value>, key: &str, s: &str) {
    if let Some(v) = meta_str(s) {
        map.insert(key.to_string(), v);
    }
}

fn runs(cell: &CellResult) -> Vec<Value> {
    cell.processes
        .iter()
        .filter(|p| p.failure.is_none())
        .filter_map(|p| {
            let w = p.warmup.as_ref()?;
            let start = w.steady_start.min(p.iterations.len());
            let values: Vec<f64> = p.iterations[start..]
                .iter()
                .map(|&t| t.max(MIN_VALUE))
                .collect();
            if values.is_empty() {
                return None;
            }
            let warmups: Vec<Value> = p.iterations[..start]
                .iter()
                .map(|&t| json!([1, t.max(0.0)]))
                .collect();
            let mut meta = Map::new();
            insert_str(&mut meta, "date", &p.started);
            meta.insert("duration".into(), json!(p.wall_s.max(0.0)));
            if let Some(rss) = p.peak_rss_bytes {
                meta.insert("command_max_rss".into(), json!(rss));
            }
            if let Some(s) = p.startup_s {
                meta.insert("startup_s".into(), json!(s));
            }
            meta.insert("process_round".into(), json!(p.round));
            insert_str(
                &mut meta,
                "warmup_classification",
                w.classification.as_str(),
            );
            if let Some(gc) = &p.gc_stats {
                for (k, v) in gc {
                    let key = format!("gc_{k}");
                    match v {
                        Value::Number(_) => {
                            meta.insert(key, v.clone());
                        }
                        Value::String(s) => insert_str(&mut meta, &key, s),
                        _ => {}
                    }
                }
            }
            let mut run = Map::new();
            run.insert("metadata".into(), Value::Object(meta));
            if !warmups.is_empty() {
                run.insert("warmups".into(), Value::Array(warmups));
            }
            run.insert("values".into(), json!(values));
            Some(Value::Object(run))
        })
        .collect()
}

/// The pyperf benchmarks of interpreter `interp` (its successful cells). With
/// `qualify`, each name carries the interpreter (`nbody (cpython)`) and the
/// interpreter's metadata, so several interpreters fit in one suite.
fn benchmarks_of(rs: &ResultSet, info: &InterpreterInfo, qualify: bool) -> Vec<Value> {
    let mut benchmarks = Vec::new();
    for bench in &rs.benchmarks {
        let Some(cell) = rs.cell(&bench.name, &info.name).filter(|c| c.ok()) else {
            continue;
        };
        let runs = runs(cell);
        if runs.is_empty() {
            continue;
        }
        let mut meta = if qualify {
            interpreter_metadata(rs, info)
        } else {
            Map::new()
        };
        if qualify {
            insert_str(
                &mut meta,
                "name",
                &format!("{} ({})", bench.name, info.name),
            );
        } else {
            insert_str(&mut meta, "name", &bench.name);
        }
        insert_str(&mut meta, "unit", "second");
        meta.insert("loops".into(), json!(1));
        if let Some(n) = bench.size {
            meta.insert("size_n".into(), json!(n));
        }
        benchmarks.push(json!({"metadata": meta, "runs": runs}));
    }
    benchmarks
}

/// pyperf metadata describing interpreter `info` and the machine it ran on.
fn interpreter_metadata(rs: &ResultSet, info: &InterpreterInfo) -> Map<String, Value> {
    let md = &rs.metadata;
    // After a merge, describe the machine this interpreter ran on.
    let machine = md
        .sources
        .iter()
        .find(|s| s.label == info.machine)
        .map(|s| &s.metadata.machine)
        .unwrap_or(&md.machine);
    let mut meta = run_metadata(rs);
    insert_str(&mut meta, "hostname", &machine.hostname);
    insert_str(&mut meta, "cpu_model_name", &machine.cpu_model);
    meta.insert("cpu_count".into(), json!(machine.logical_cpus));
    insert_str(&mut meta, "platform", &machine.os);
    insert_str(&mut meta, "python_implementation", &info.base_name);
    insert_str(&mut meta, "python_version", &info.version);
    insert_str(&mut meta, "python_executable", &info.command.join(" "));
    insert_str(&mut meta, "interpreter", &info.name);
    meta
}

/// pyperf metadata common to every interpreter of the run.
fn run_metadata(rs: &ResultSet) -> Map<String, Value> {
    let md = &rs.metadata;
    let mut meta = Map::new();
    insert_str(
        &mut meta,
        "runner",
        &format!("pyrite-bench {}", md.runner_version),
    );
    insert_str(
        &mut meta,
        "run_settings",
        &format!(
            "processes={} iterations={} size={}",
            md.settings.processes, md.settings.iterations, md.settings.size
        ),
    );
    if let Some(c) = &md.git.commit {
        let dirty = if md.git.dirty == Some(true) {
            " (dirty)"
        } else {
            ""
        };
        insert_str(&mut meta, "pyrite_commit", &format!("{c}{dirty}"));
    }
    meta
}

/// The pyperf suite of interpreter `interp`, or `None` if it has no
/// successful cell.
pub fn suite_for(rs: &ResultSet, interp: &str) -> Option<Value> {
    let info = rs.interpreter(interp)?;
    let benchmarks = benchmarks_of(rs, info, false);
    if benchmarks.is_empty() {
        return None;
    }
    let meta = interpreter_metadata(rs, info);
    Some(json!({"version": "1.0", "metadata": meta, "benchmarks": benchmarks}))
}

/// One pyperf suite holding every successful cell of the run, benchmarks named
/// `BENCH (INTERPRETER)`; this is the pyperf view of `results.json`.
pub fn combined_suite(rs: &ResultSet) -> Map<String, Value> {
    let benchmarks: Vec<Value> = rs
        .interpreters
        .iter()
        .flat_map(|info| benchmarks_of(rs, info, true))
        .collect();
    let mut suite = Map::new();
    suite.insert("version".into(), json!("1.0"));
    suite.insert("metadata".into(), Value::Object(run_metadata(rs)));
    suite.insert("benchmarks".into(), Value::Array(benchmarks));
    suite
}

/// File-name-safe version of an interpreter name.
pub fn file_stem(interp: &str) -> String {
    interp
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '@') {
                c
            } else {
                '_'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures;

    #[test]
    fn shape_matches_pyperf() {
        let rs = fixtures::result_set();
        let suite = suite_for(&rs, "cpython").unwrap();
        assert_eq!(suite["version"], "1.0");
        assert!(suite["metadata"].is_object());
        let benches = suite["benchmarks"].as_array().unwrap();
        assert_eq!(benches.len(), 2, "the failed cell is left out");
        for b in benches {
            assert!(b["metadata"]["name"].is_string());
            assert_eq!(b["metadata"]["unit"], "second");
            for run in b["runs"].as_array().unwrap() {
                let values = run["values"].as_array().unwrap();
                assert!(!values.is_empty());
                assert!(values.iter().all(|v| v.as_f64().unwrap() > 0.0));
                if let Some(w) = run.get("warmups") {
                    for pair in w.as_array().unwrap() {
                        assert_eq!(pair[0], 1);
                        assert!(pair[1].as_f64().unwrap() >= 0.0);
                    }
                }
                for (_, v) in run["metadata"].as_object().unwrap() {
                    assert!(v.is_string() || v.is_number(), "{v}");
                    if let Some(s) = v.as_str() {
                        assert!(!s.is_empty() && !s.contains('\n'));
                    }
                }
            }
        }
        // the warm-up iterations of the warm-up process went to "warmups"
        let alpha = &benches[0];
        let total: usize = alpha["runs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                r["values"].as_array().unwrap().len()
                    + r.get("warmups").map_or(0, |w| w.as_array().unwrap().len())
            })
            .sum();
        assert_eq!(total, 3 * 10);
        assert!(alpha["runs"][0]["warmups"].as_array().is_some());
    }

    #[test]
    fn combined_suite_names_each_cell_after_its_interpreter() {
        let rs = fixtures::result_set();
        let suite = combined_suite(&rs);
        let names: Vec<&str> = suite["benchmarks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["metadata"]["name"].as_str().unwrap())
            .collect();
        assert!(names.contains(&"alpha (cpython)"), "{names:?}");
        let unique: std::collections::HashSet<_> = names.iter().collect();
        assert_eq!(unique.len(), names.len(), "pyperf needs unique names");
        let first = &suite["benchmarks"][0]["metadata"];
        assert!(first["python_implementation"].is_string());
    }

    #[test]
    fn interpreter_without_success_has_no_suite() {
        let rs = fixtures::result_set();
        assert!(suite_for(&rs, "broken").is_none());
        assert!(suite_for(&rs, "nonexistent").is_none());
    }

    #[test]
    fn metadata_strings_are_single_line() {
        assert_eq!(
            meta_str("Python 3.11\n[GCC]\n"),
            Some(json!("Python 3.11 | [GCC]"))
        );
        assert_eq!(meta_str("  \n"), None);
        assert_eq!(file_stem("pyrite[gc=ms,jit=off]"), "pyrite_gc_ms_jit_off_");
    }
}
