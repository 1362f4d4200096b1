//! `speed.svg`: steady-state speed of each interpreter relative to CPython.

use super::{color, err, log_range, placeholder, tick};
use crate::analysis::Analysis;
use crate::results::ResultSet;
use crate::stats::bootstrap::Interval;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::path::Path;

/// Vertical units per benchmark row (y is integer so that the axis can have
/// one key point, labelled with the name, per benchmark).
const SLOT: i32 = 100;

/// Pixels per benchmark row.
const ROW_HEIGHT: u32 = 26;

struct Series {
    name: String,
    points: Vec<(i32, Interval)>,
}

/// Draws the speed plot of `rs` into `path`: one row per benchmark (first
/// at the top), the value on a logarithmic horizontal axis.
pub fn draw(path: &Path, rs: &ResultSet, a: &Analysis) -> Result<(), String> {
    let ratio_mode = a.cells.iter().any(|c| c.ratio.is_some());
    let interps: Vec<&str> = rs
        .interpreters
        .iter()
        .filter(|i| {
            !ratio_mode
                || a.cells
                    .iter()
                    .any(|c| c.interpreter == i.name && c.ratio.is_some())
        })
        .map(|i| i.name.as_str())
        .collect();
    let n = rs.benchmarks.len();
    let row_of = |i: usize| (n - 1 - i) as i32 * SLOT;
    let spread = 0.7 / interps.len().max(1) as f64;
    let series: Vec<Series> = interps
        .iter()
        .enumerate()
        .map(|(j, name)| {
            // Series are stacked top to bottom within a row, in legend order.
            let offset = ((interps.len() as f64 - 1.0) / 2.0 - j as f64) * spread;
            let points = rs
                .benchmarks
                .iter()
                .enumerate()
                .filter_map(|(i, b)| {
                    let c = a.cell(&b.name, name)?;
                    let v = if ratio_mode { c.ratio } else { c.steady }?;
                    Some((row_of(i) + (offset * f64::from(SLOT)).round() as i32, v))
                })
                .collect();
            Series {
                name: name.to_string(),
                points,
            }
        })
        .collect();
    let title = if ratio_mode {
        format!(
            "Steady-state time relative to {} (left of 1 = faster), 95% CI",
            a.baseline
        )
    } else {
        "Steady-state time per iteration (s), 95% CI".to_string()
    };
    let all = series.iter().flat_map(|s| {
        s.points
            .iter()
            .flat_map(|(_, v)| [v.low, v.high, v.estimate])
    });
    let Some((lo, hi)) = log_range(all.chain(ratio_mode.then_some(1.0))) else {
        return placeholder(path, "Benchmark speed", "no successful results to plot");
    };

    let names: Vec<String> = rs.benchmarks.iter().map(|b| b.name.clone()).collect();
    let longest = names.iter().map(|s| s.chars().count()).max().unwrap_or(1) as u32;
    let mut legend: Vec<(String, RGBColor, bool)> = Vec::new();
    if ratio_mode {
        legend.push((format!("{} (= 1)", a.baseline), BLACK, true));
    }
    legend.extend(
        series
            .iter()
            .enumerate()
            .map(|(j, s)| (s.name.clone(), color(j), false)),
    );
    let width = 900;
    let legend_height = legend_height(&legend, width);
    let height = n as u32 * ROW_HEIGHT + 110 + legend_height;
    let root = SVGBackend::new(path, (width, height)).into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    let root = root.titled(&title, ("sans-serif", 18)).map_err(err)?;
    let (top, root) = root.split_vertically(legend_height);
    draw_legend(&top, &legend, width)?;
    let keys: Vec<i32> = (0..n as i32).map(|i| i * SLOT).collect();
    let y_end = n as i32 * SLOT - SLOT / 2;
    let mut chart = ChartBuilder::on(&root)
        .margin(15)
        .x_label_area_size(45)
        .y_label_area_size(20 + longest * 8)
        .build_cartesian_2d(
            (lo..hi).log_scale().with_key_points(log_ticks(lo, hi)),
            (-SLOT / 2..y_end).with_key_points(keys),
        )
        .map_err(err)?;
    let x_desc = if ratio_mode {
        format!("time / {} time (log scale)", a.baseline)
    } else {
        "seconds (log scale)".to_string()
    };
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(n.max(1))
        .y_label_formatter(&|y| {
            let row = (n as i32 - 1) - (*y + SLOT / 2).div_euclid(SLOT);
            usize::try_from(row)
                .ok()
                .and_then(|i| names.get(i).cloned())
                .unwrap_or_default()
        })
        .y_label_style(("sans-serif", 13))
        .x_desc(x_desc)
        .x_label_formatter(&|x| tick(*x))
        .light_line_style(WHITE)
        .draw()
        .map_err(err)?;
    if ratio_mode {
        chart
            .draw_series(LineSeries::new(
                vec![(1.0, -SLOT / 2), (1.0, y_end)],
                BLACK.stroke_width(1),
            ))
            .map_err(err)?;
    }
    for (j, s) in series.iter().enumerate() {
        let c = color(j);
        chart
            .draw_series(s.points.iter().map(|(y, v)| {
                ErrorBar::new_horizontal(*y, v.low, v.estimate, v.high, c.stroke_width(2), 6)
            }))
            .map_err(err)?;
        chart
            .draw_series(
                s.points
                    .iter()
                    .map(|(y, v)| Circle::new((v.estimate, *y), 4, c.filled())),
            )
            .map_err(err)?;
    }
    root.present().map_err(err)
}

/// Horizontal space taken by a legend entry, in pixels (estimated).
fn entry_width(name: &str) -> u32 {
    40 + 8 * name.chars().count() as u32
}

/// Height of the legend band: entries flow left to right in rows.
fn legend_height(entries: &[(String, RGBColor, bool)], width: u32) -> u32 {
    let mut rows = 1;
    let mut x = 20;
    for (name, _, _) in entries {
        if x + entry_width(name) > width && x > 20 {
            rows += 1;
            x = 20;
        }
        x += entry_width(name);
    }
    rows * 22 + 8
}

/// Draws the legend entries (a line or a dot, then the name) in rows.
fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    entries: &[(String, RGBColor, bool)],
    width: u32,
) -> Result<(), String>
where
    DB::ErrorType: 'static,
{
    let (mut x, mut y) = (20i32, 12i32);
    for (name, c, is_line) in entries {
        if x as u32 + entry_width(name) > width && x > 20 {
            x = 20;
            y += 22;
        }
        if *is_line {
            area.draw(&PathElement::new(
                vec![(x - 8, y), (x + 8, y)],
                c.stroke_width(2),
            ))
            .map_err(err)?;
        } else {
            area.draw(&Circle::new((x, y), 5, c.filled()))
                .map_err(err)?;
        }
        let style = TextStyle::from(("sans-serif", 14).into_font())
            .color(&BLACK)
            .pos(Pos::new(HPos::Left, VPos::Center));
        area.draw(&Text::new(name.clone(), (x + 14, y), style))
            .map_err(err)?;
        x += entry_width(name) as i32;
    }
    Ok(())
}

/// Tick values 1, 2, 5 × 10^k inside `[lo, hi]` (just 1 × 10^k if that
/// gives enough ticks).
fn log_ticks(lo: f64, hi: f64) -> Vec<f64> {
    let mut out = Vec::new();
    let (k0, k1) = (lo.log10().floor() as i32, hi.log10().ceil() as i32);
    let mantissas: &[f64] = if k1 - k0 > 4 {
        &[1.0]
    } else {
        &[1.0, 2.0, 5.0]
    };
    for k in k0..=k1 {
        for m in mantissas {
            let v = m * 10f64.powi(k);
            if v >= lo && v <= hi {
                out.push(v);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn log_ticks() {
        assert_eq!(super::log_ticks(0.15, 3.0), vec![0.2, 0.5, 1.0, 2.0]);
        assert_eq!(
            super::log_ticks(0.001, 1e5),
            vec![0.001, 0.01, 0.1, 1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0]
        );
    }
}
