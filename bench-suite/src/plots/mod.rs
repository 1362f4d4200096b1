//! SVG plots, drawn with plotters' SVG backend (no system font libraries:
//! text is emitted as SVG `<text>` and laid out by the viewer).
//!
//! * `speed.svg` ([`speed`]): per benchmark, each interpreter's steady-state
//!   time relative to CPython (a point with its 95% bootstrap interval as an
//!   error bar, log scale; below 1 = faster than CPython). If there is nothing
//!   to compare with (e.g. only CPython was run) it shows absolute times.
//! * `warmup/NAME.svg` ([`warmup`]): per benchmark, one panel per
//!   interpreter, iteration time against iteration number, one line per
//!   process execution; filled markers are the steady-state window, hollow
//!   ones the iterations before it.

pub mod speed;
pub mod warmup;

use plotters::prelude::*;
use std::path::Path;

/// Converts any displayable plotting error into our error type.
pub(crate) fn err<E: std::fmt::Display>(e: E) -> String {
    format!("plotting failed: {e}")
}

/// Colour of series `i`.
pub(crate) fn color(i: usize) -> RGBColor {
    const COLORS: [RGBColor; 10] = [
        RGBColor(31, 119, 180),
        RGBColor(255, 127, 14),
        RGBColor(44, 160, 44),
        RGBColor(214, 39, 40),
        RGBColor(148, 103, 189),
        RGBColor(140, 86, 75),
        RGBColor(227, 119, 194),
        RGBColor(127, 127, 127),
        RGBColor(188, 189, 34),
        RGBColor(23, 190, 207),
    ];
    COLORS[i % COLORS.len()]
}

/// Writes an SVG that only says `message` (when there is nothing to plot).
pub(crate) fn placeholder(path: &Path, title: &str, message: &str) -> Result<(), String> {
    let root = SVGBackend::new(path, (640, 200)).into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    let style = TextStyle::from(("sans-serif", 18).into_font()).color(&BLACK);
    root.draw(&Text::new(title.to_string(), (20, 40), style.clone()))
        .map_err(err)?;
    root.draw(&Text::new(message.to_string(), (20, 100), style))
        .map_err(err)?;
    root.present().map_err(err)
}

/// Axis tick label: 3 significant digits without trailing zeros.
pub(crate) fn tick(v: f64) -> String {
    let s = crate::report_md::sig3(v);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// A log-scale axis range covering `values` with some padding.
pub(crate) fn log_range(values: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    let (lo, hi) = values
        .filter(|v| v.is_finite() && *v > 0.0)
        .fold((f64::INFINITY, 0.0f64), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    if !(lo.is_finite() && hi > 0.0) {
        return None;
    }
    Some((lo / 1.25, hi * 1.25))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analysis, fixtures};

    #[test]
    fn plots_are_written() {
        let dir = std::env::temp_dir().join(format!("pyrite-bench-plots-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let rs = fixtures::result_set();
        let a = analysis::analyze(&rs);
        speed::draw(&dir.join("speed.svg"), &rs, &a).unwrap();
        warmup::draw(&dir.join("alpha.svg"), &rs, "alpha").unwrap();
        warmup::draw(&dir.join("none.svg"), &rs, "nonexistent").unwrap();
        for f in ["speed.svg", "alpha.svg", "none.svg"] {
            let text = std::fs::read_to_string(dir.join(f)).unwrap();
            assert!(text.starts_with("<svg"), "{f}");
            assert!(text.trim_end().ends_with("</svg>"), "{f}");
        }
        let speed = std::fs::read_to_string(dir.join("speed.svg")).unwrap();
        assert!(speed.contains("alpha") && speed.contains("fast"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn ticks() {
        assert_eq!(tick(0.9), "0.9");
        assert_eq!(tick(1.0), "1");
        assert_eq!(tick(0.0123), "0.0123");
        assert_eq!(tick(250.0), "250");
    }

    #[test]
    fn ranges() {
        assert_eq!(log_range([1.0, 2.0].into_iter()), Some((0.8, 2.5)));
        assert_eq!(log_range([f64::NAN, 0.0].into_iter()), None);
    }
}
