//! `warmup/NAME.svg`: iteration time against iteration number.

use super::{color, err, placeholder, tick};
use crate::results::{CellResult, ResultSet};
use plotters::prelude::*;
use std::path::Path;

/// Height of one interpreter's panel in pixels.
const PANEL_HEIGHT: u32 = 280;

/// Draws the warm-up curves of benchmark `bench` into `path`.
pub fn draw(path: &Path, rs: &ResultSet, bench: &str) -> Result<(), String> {
    let cells: Vec<&CellResult> = rs
        .interpreters
        .iter()
        .filter_map(|i| rs.cell(bench, &i.name))
        .filter(|c| c.processes.iter().any(|p| !p.iterations.is_empty()))
        .collect();
    if cells.is_empty() {
        return placeholder(path, &format!("Warm-up: {bench}"), "no iteration data");
    }
    let root = SVGBackend::new(path, (900, PANEL_HEIGHT * cells.len() as u32)).into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    for (panel, cell) in root.split_evenly((cells.len(), 1)).iter().zip(&cells) {
        draw_panel(panel, bench, cell)?;
    }
    root.present().map_err(err)
}

fn draw_panel<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    bench: &str,
    cell: &CellResult,
) -> Result<(), String>
where
    DB::ErrorType: 'static,
{
    let max_n = cell
        .processes
        .iter()
        .map(|p| p.iterations.len())
        .max()
        .unwrap_or(1);
    let all = cell
        .processes
        .iter()
        .flat_map(|p| p.iterations.iter().copied());
    let (lo, hi) = all.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    let pad = ((hi - lo) * 0.08).max(hi.abs() * 0.01).max(1e-9);
    let status = match &cell.failure {
        Some(f) => format!(" — FAILED ({})", f.kind.as_str()),
        None => String::new(),
    };
    // Show times in a unit that gives readable tick labels.
    let (scale, unit) = if hi >= 1.0 {
        (1.0, "seconds")
    } else if hi >= 1e-3 {
        (1e3, "milliseconds")
    } else {
        (1e6, "microseconds")
    };
    let (lo, hi, pad) = (lo * scale, hi * scale, pad * scale);
    let mut chart = ChartBuilder::on(area)
        .caption(
            format!("{bench} on {}{status}", cell.interpreter),
            ("sans-serif", 16),
        )
        .margin(10)
        .x_label_area_size(35)
        .y_label_area_size(70)
        .build_cartesian_2d(0.5..max_n as f64 + 0.5, (lo - pad).max(0.0)..hi + pad)
        .map_err(err)?;
    chart
        .configure_mesh()
        .x_desc("iteration")
        .y_desc(unit)
        .x_labels(max_n.min(20))
        .x_label_formatter(&|x| format!("{}", x.round() as i64))
        .y_label_formatter(&|y| tick(*y))
        .light_line_style(WHITE)
        .draw()
        .map_err(err)?;
    for (k, p) in cell.processes.iter().enumerate() {
        if p.iterations.is_empty() {
            continue;
        }
        let c = color(k);
        let steady = p.warmup.as_ref().map(|w| w.steady_start).unwrap_or(0);
        let label = match (&p.failure, &p.warmup) {
            (Some(f), _) => format!("process {} (failed: {})", p.round + 1, f.kind.as_str()),
            (None, Some(w)) => format!("process {}: {}", p.round + 1, w.classification.as_str()),
            (None, None) => format!("process {}", p.round + 1),
        };
        let pts: Vec<(f64, f64)> = p
            .iterations
            .iter()
            .enumerate()
            .map(|(i, &t)| ((i + 1) as f64, t * scale))
            .collect();
        chart
            .draw_series(LineSeries::new(pts.clone(), c.stroke_width(1)))
            .map_err(err)?
            .label(label)
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], c.stroke_width(2)));
        chart
            .draw_series(pts.iter().enumerate().map(|(i, &pt)| {
                let style = if i >= steady && p.failure.is_none() {
                    c.filled()
                } else {
                    c.stroke_width(1)
                };
                Circle::new(pt, 3, style)
            }))
            .map_err(err)?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()
        .map_err(err)?;
    Ok(())
}
