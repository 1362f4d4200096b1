//! The Markdown report, `report.md`.
//!
//! Everything in it is derived from `results.json` (see `analysis`), so
//! `pyrite-bench report DIR` regenerates the same report. Times are
//! steady-state mean iteration times with 95% hierarchical-bootstrap
//! intervals; ratios are *time* ratios to CPython (> 1 = slower than
//! CPython), with the speed-up (1 / ratio) given next to the geometric means.

use crate::analysis::{Analysis, CellStats};
use crate::results::ResultSet;
use crate::stats::bootstrap::Interval;
use std::fmt::Write;

/// Formats seconds with 3 significant digits and a fitting unit.
pub fn fmt_secs(s: f64) -> String {
    let (v, unit) = if s >= 1.0 {
        (s, "s")
    } else if s >= 1e-3 {
        (s * 1e3, "ms")
    } else {
        (s * 1e6, "µs")
    };
    format!("{} {unit}", sig3(v))
}

/// 3 significant digits (more decimals for small numbers, none from 100 on).
pub fn sig3(v: f64) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    if v == 0.0 {
        return "0".into();
    }
    let magnitude = v.abs().log10().floor() as i32;
    let digits = (2 - magnitude).clamp(0, 12) as usize;
    format!("{v:.digits$}")
}

fn fmt_bytes(b: f64) -> String {
    format!("{} MiB", sig3(b / (1024.0 * 1024.0)))
}

fn fmt_interval(i: &Interval, f: impl Fn(f64) -> String) -> String {
    format!("{} [{}, {}]", f(i.estimate), f(i.low), f(i.high))
}

/// Escapes text for a table cell.
fn cell_text(s: &str) -> String {
    s.replace('|', "\\|")
        .replace('\r', "")
        .replace('\n', "<br>")
}

fn matrix(out: &mut String, rs: &ResultSet, a: &Analysis, f: impl Fn(&CellStats) -> String) {
    let names: Vec<&str> = rs.interpreters.iter().map(|i| i.name.as_str()).collect();
    let _ = writeln!(
        out,
        "| Benchmark | {} |",
        names
            .iter()
            .map(|n| cell_text(n))
            .collect::<Vec<_>>()
            .join(" | ")
    );
    let _ = writeln!(out, "|---|{}", "---|".repeat(names.len()));
    for b in &rs.benchmarks {
        let cells: Vec<String> = names
            .iter()
            .map(|i| match (a.cell(&b.name, i), rs.cell(&b.name, i)) {
                (Some(c), Some(r)) if !c.ok => match &r.failure {
                    Some(f) => format!("**FAILED** ({})", f.kind.as_str()),
                    None => "no data".into(),
                },
                (Some(c), _) => f(c),
                _ => "–".into(),
            })
            .collect();
        let _ = writeln!(out, "| {} | {} |", cell_text(&b.name), cells.join(" | "));
    }
    out.push('\n');
}

fn classes_text(c: &CellStats) -> String {
    let parts: Vec<String> = c
        .classes
        .iter()
        .filter(|(_, &n)| n > 0)
        .map(|(k, n)| format!("{n} {k}"))
        .collect();
    if parts.is_empty() {
        "–".into()
    } else {
        parts.join(", ")
    }
}

/// Renders the report.
pub fn render(rs: &ResultSet, a: &Analysis) -> String {
    let md = &rs.metadata;
    let mut out = String::new();
    let _ = writeln!(out, "# pyrite benchmark report\n");
    if md.interrupted {
        let _ = writeln!(
            out,
            "> **Interrupted** (Ctrl-C): these results are partial.\n"
        );
    }
    let failed = rs.failed_cells().count();
    if failed > 0 {
        let _ = writeln!(out, "> **{failed} failed cell(s)**: see [Failures](#failures). Failed cells are excluded from all statistics.\n");
    }
    let s = &md.settings;
    let _ = writeln!(
        out,
        "{} benchmark(s) × {} interpreter(s); {} process execution(s) × {} in-process iteration(s) per cell; size `{}`; started {}{}.\n",
        rs.benchmarks.len(),
        rs.interpreters.len(),
        s.processes,
        s.iterations,
        s.size,
        md.date,
        md.finished.as_ref().map(|f| format!(", finished {f}")).unwrap_or_default()
    );

    let _ = writeln!(
        out,
        "## Summary: geometric mean relative to {}\n",
        a.baseline
    );
    let _ = writeln!(
        out,
        "Time ratio = steady-state time of the interpreter / that of {b} on the same benchmark: **> 1 means slower than {b}**, < 1 faster. Speed-up = 1 / ratio (> 1 means faster). Geometric mean over the benchmarks where both succeeded; {c:.0}% bootstrap intervals.\n",
        b = a.baseline,
        c = a.confidence * 100.0
    );
    let _ = writeln!(
        out,
        "| Interpreter | Benchmarks | Time ratio [95% CI] | Speed-up |\n|---|---|---|---|"
    );
    for g in &a.geomeans {
        let (ratio, speed) = match &g.ratio {
            Some(r) => (
                fmt_interval(r, sig3),
                format!("{}×", sig3(1.0 / r.estimate)),
            ),
            None => ("–".into(), "–".into()),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            cell_text(&g.interpreter),
            g.benchmarks,
            ratio,
            speed
        );
    }
    let _ = writeln!(out, "\n![Speed relative to {}](speed.svg)\n", a.baseline);

    let _ = writeln!(out, "## Steady-state time per iteration\n\nMean [95% CI] over process executions of each execution's steady-state mean.\n");
    matrix(&mut out, rs, a, |c| {
        c.steady
            .map(|i| fmt_interval(&i, fmt_secs))
            .unwrap_or("–".into())
    });
    let _ = writeln!(out, "## Time ratio to {} (> 1 = slower)\n", a.baseline);
    matrix(&mut out, rs, a, |c| match c.ratio {
        Some(r) => fmt_interval(&r, sig3),
        None if rs
            .interpreter(&c.interpreter)
            .is_some_and(|i| i.base_name == a.baseline) =>
        {
            "baseline".into()
        }
        None => "–".into(),
    });

    let _ = writeln!(out, "## Warm-up classification\n\nPer process execution (changepoint analysis; see the method below). Warm-up curves: `warmup/BENCHMARK.svg`.\n");
    matrix(&mut out, rs, a, classes_text);
    for b in &rs.benchmarks {
        let _ = writeln!(
            out,
            "- [{}](warmup/{}.svg)",
            b.name,
            crate::pyperf_json::file_stem(&b.name)
        );
    }
    out.push('\n');

    let _ = writeln!(out, "## Start-up time (spawn to `ready`, median)\n");
    matrix(&mut out, rs, a, |c| {
        c.startup_median_s.map(fmt_secs).unwrap_or("–".into())
    });
    let _ = writeln!(out, "## Wall time per process execution (median)\n");
    matrix(&mut out, rs, a, |c| {
        c.wall_median_s.map(fmt_secs).unwrap_or("–".into())
    });
    let _ = writeln!(out, "## Peak RSS (maximum over process executions)\n");
    matrix(&mut out, rs, a, |c| {
        c.peak_rss_max_bytes
            .map(|b| fmt_bytes(b as f64))
            .unwrap_or("–".into())
    });

    let gc: Vec<&CellStats> = a.cells.iter().filter(|c| c.gc.is_some()).collect();
    if !gc.is_empty() {
        let _ = writeln!(
            out,
            "## GC statistics (pyrite)\n\nMeans per process execution, except the maxima.\n"
        );
        let _ = writeln!(out, "| Benchmark | Interpreter | Collector | Collections | Pause total | Max pause | Allocated | Heap peak (max) |\n|---|---|---|---|---|---|---|---|");
        for c in gc {
            let g = c.gc.as_ref().expect("filtered");
            let opt = |v: Option<f64>, f: &dyn Fn(f64) -> String| v.map(f).unwrap_or("–".into());
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {} |",
                cell_text(&c.benchmark),
                cell_text(&c.interpreter),
                cell_text(&g.collector),
                opt(g.collections_mean, &sig3),
                opt(g.pause_total_mean_s, &fmt_secs),
                opt(g.pause_max_s, &fmt_secs),
                opt(g.bytes_allocated_mean, &fmt_bytes),
                opt(g.heap_peak_max_bytes, &fmt_bytes)
            );
        }
        out.push('\n');
    }

    let _ = writeln!(out, "## Failures\n");
    if failed == 0 {
        let _ = writeln!(out, "None.\n");
    } else {
        let _ = writeln!(
            out,
            "| Benchmark | Interpreter | Kind | Message |\n|---|---|---|---|"
        );
        for c in rs.failed_cells() {
            let f = c.failure.as_ref().expect("failed cell");
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                cell_text(&c.benchmark),
                cell_text(&c.interpreter),
                f.kind.as_str(),
                cell_text(f.message.trim())
            );
        }
        out.push('\n');
    }

    environment(&mut out, rs);
    let _ = writeln!(
        out,
        "## Method\n\nSteady state per process execution: PELT changepoints on the iteration times (penalty 15·ln n, robust noise scale), last segment = steady state (Barrett et al., OOPSLA 2017). Cell mean: mean of per-process steady-state means; {:.0}% intervals by hierarchical bootstrap (processes, then iterations; {} replicates, fixed seeds). Geometric means of time ratios with replicate-wise intervals. Details: `bench-suite/README.md`.",
        a.confidence * 100.0,
        a.resamples
    );
    out
}

fn environment(out: &mut String, rs: &ResultSet) {
    let md = &rs.metadata;
    let _ = writeln!(out, "## Environment\n");
    let machines: Vec<(String, &crate::metadata::RunMetadata)> = if md.sources.is_empty() {
        vec![(String::new(), md)]
    } else {
        md.sources
            .iter()
            .map(|s| (format!(" `{}`", s.label), &s.metadata))
            .collect()
    };
    for (label, m) in machines {
        let mem = m
            .machine
            .memory_bytes
            .map(|b| format!("{:.1} GiB", b as f64 / (1u64 << 30) as f64))
            .unwrap_or("?".into());
        let git = match (&m.git.commit, m.git.dirty) {
            (Some(c), Some(true)) => format!("`{c}` (dirty tree)"),
            (Some(c), _) => format!("`{c}`"),
            (None, _) => "unknown".into(),
        };
        let _ = writeln!(
            out,
            "- Machine{label}: {} — {}, {} logical CPUs ({} available), {mem}",
            m.machine.hostname,
            m.machine.cpu_model,
            m.machine.logical_cpus,
            m.machine.available_cpus
        );
        let _ = writeln!(out, "  - OS: `{}`", m.machine.os);
        let _ = writeln!(
            out,
            "  - pyrite commit: {git}; suite: `{}`; date: {}",
            m.suite_dir, m.date
        );
        let _ = writeln!(out, "  - command: `{}`", m.command_line.join(" "));
    }
    out.push_str("\n| Interpreter | Command | Version |\n|---|---|---|\n");
    for i in &rs.interpreters {
        let _ = writeln!(
            out,
            "| {} | `{}` | {} |",
            cell_text(&i.name),
            cell_text(&i.command.join(" ")),
            cell_text(i.version.trim())
        );
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analysis, fixtures};

    #[test]
    fn units() {
        assert_eq!(fmt_secs(1.23456), "1.23 s");
        assert_eq!(fmt_secs(0.0123), "12.3 ms");
        assert_eq!(fmt_secs(0.000_123_4), "123 µs");
        assert_eq!(sig3(f64::NAN), "–");
        assert_eq!(sig3(0.012_34), "0.0123");
        assert_eq!(sig3(0.5), "0.500");
        assert_eq!(sig3(12.345), "12.3");
        assert_eq!(sig3(1234.5), "1234");
        assert_eq!(sig3(0.0), "0");
    }

    #[test]
    fn report_mentions_everything() {
        let rs = fixtures::result_set();
        let text = render(&rs, &analysis::analyze(&rs));
        for needle in [
            "# pyrite benchmark report",
            "failed cell",
            "checksum_mismatch",
            "**> 1 means slower than cpython**",
            "| fast | 2 |",
            "speed.svg",
            "warmup/alpha.svg",
            "GC statistics",
            "Test CPU",
            "abc123",
            "fast 1.0<br>built today",
            "1 warmup",
        ] {
            assert!(text.contains(needle), "missing {needle:?} in\n{text}");
        }
    }
}
