//! Progress display over the process executions of a run.
//!
//! On a terminal, an indicatif bar with elapsed time, ETA and the cell being
//! run; notable events (failures) are printed above it. When stderr is not a
//! terminal (CI logs), the bar hides itself and every finished process
//! execution is logged as one line instead, so logs show steady progress
//! without control characters.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// Progress reporter.
pub struct Progress {
    bar: ProgressBar,
    interactive: bool,
    total: u64,
}

impl Progress {
    /// A reporter for `total` process executions.
    pub fn new(total: u64) -> Self {
        let interactive = std::io::stderr().is_terminal();
        let bar = ProgressBar::with_draw_target(
            Some(total),
            if interactive {
                ProgressDrawTarget::stderr()
            } else {
                ProgressDrawTarget::hidden()
            },
        );
        bar.set_style(
            ProgressStyle::with_template(
                "{elapsed_precise} [{wide_bar}] {pos}/{len} ETA {eta} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        Progress {
            bar,
            interactive,
            total,
        }
    }

    /// Announces the execution that starts now.
    pub fn start(&self, what: &str) {
        self.bar.set_message(what.to_string());
    }

    /// Records a finished (or skipped) execution with a one-line outcome.
    pub fn finish_one(&self, what: &str, outcome: &str, notable: bool) {
        self.bar.inc(1);
        if self.interactive {
            if notable {
                self.bar.println(format!("{what}: {outcome}"));
            }
        } else {
            eprintln!("[{}/{}] {what}: {outcome}", self.bar.position(), self.total);
        }
    }

    /// Prints a line without disturbing the bar.
    pub fn println(&self, line: &str) {
        if self.interactive {
            self.bar.println(line);
        } else {
            eprintln!("{line}");
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
