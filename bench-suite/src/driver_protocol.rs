//! Parser of the driver's line protocol.
//!
//! `driver.py BENCH_FILE N ITERATIONS` writes, one item per line:
//!
//! ```text
//! ready                    module imported, timing about to start
//! iteration K SECONDS      K = 1..=ITERATIONS in order; SECONDS a float
//! checksum REPR            once, after the first iteration
//! ```
//!
//! The parser is strict: any other line, an out-of-order or unparsable
//! iteration, a second `ready` or `checksum`, a negative or non-finite time,
//! or missing items at the end make the process execution a *protocol
//! failure*. A benchmark that prints to stdout breaks the protocol on purpose:
//! its timings could not be trusted to be what we think they are.

use std::fmt;

/// Longest excerpt of an offending line quoted in an error.
const QUOTE_LIMIT: usize = 200;

/// A protocol violation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProtocolError(pub String);

impl fmt::Display for ProtocolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One recognised protocol line.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// `ready`
    Ready,
    /// `iteration K SECONDS`
    Iteration {
        /// 1-based iteration number.
        index: u32,
        /// Measured seconds.
        seconds: f64,
    },
    /// `checksum REPR`
    Checksum(String),
}

/// Complete, valid driver output.
#[derive(Debug, Clone, PartialEq)]
pub struct DriverOutput {
    /// Iteration times in seconds, in order.
    pub iterations: Vec<f64>,
    /// The checksum repr.
    pub checksum: String,
}

/// Incremental parser; feed it lines as they arrive.
#[derive(Debug, Clone)]
pub struct Parser {
    expected_iterations: u32,
    ready: bool,
    iterations: Vec<f64>,
    checksum: Option<String>,
}

fn quote(line: &str) -> String {
    if line.chars().count() > QUOTE_LIMIT {
        let cut: String = line.chars().take(QUOTE_LIMIT).collect();
        format!("{cut:?}…")
    } else {
        format!("{line:?}")
    }
}

impl Parser {
    /// A parser expecting `expected_iterations` iterations.
    pub fn new(expected_iterations: u32) -> Self {
        Parser {
            expected_iterations,
            ready: false,
            iterations: Vec::new(),
            checksum: None,
        }
    }

    /// Parses one line (without its newline; a trailing `\r` is ignored).
    pub fn feed(&mut self, line: &str) -> Result<Event, ProtocolError> {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let err = |what: &str| Err(ProtocolError(format!("{what}: {}", quote(line))));
        if line == "ready" {
            if self.ready {
                return err("second ready line");
            }
            self.ready = true;
            return Ok(Event::Ready);
        }
        if let Some(rest) = line.strip_prefix("iteration ") {
            if !self.ready {
                return err("iteration before ready");
            }
            let mut parts = rest.split(' ');
            let (Some(k), Some(secs), None) = (parts.next(), parts.next(), parts.next()) else {
                return err("malformed iteration line");
            };
            let Ok(index) = k.parse::<u32>() else {
                return err("malformed iteration number");
            };
            let expected = self.iterations.len() as u32 + 1;
            if index != expected {
                return err(&format!("expected iteration {expected}"));
            }
            if index > self.expected_iterations {
                return err(&format!(
                    "more than {} iterations",
                    self.expected_iterations
                ));
            }
            let seconds = match secs.parse::<f64>() {
                Ok(s) if s.is_finite() && s >= 0.0 => s,
                _ => return err("malformed iteration time"),
            };
            self.iterations.push(seconds);
            return Ok(Event::Iteration { index, seconds });
        }
        if let Some(repr) = line.strip_prefix("checksum ") {
            if self.iterations.is_empty() {
                return err("checksum before the first iteration");
            }
            if self.checksum.is_some() {
                return err("second checksum line");
            }
            if repr.trim().is_empty() {
                return err("empty checksum");
            }
            self.checksum = Some(repr.trim().to_string());
            return Ok(Event::Checksum(repr.trim().to_string()));
        }
        err("unexpected line on stdout")
    }

    /// Iteration times received so far.
    pub fn iterations(&self) -> &[f64] {
        &self.iterations
    }

    /// Checksum received so far.
    pub fn checksum(&self) -> Option<&str> {
        self.checksum.as_deref()
    }

    /// Checks that the output was complete.
    pub fn finish(&self) -> Result<DriverOutput, ProtocolError> {
        if !self.ready {
            return Err(ProtocolError("no ready line".into()));
        }
        if self.iterations.len() as u32 != self.expected_iterations {
            return Err(ProtocolError(format!(
                "output ended after {} of {} iterations",
                self.iterations.len(),
                self.expected_iterations
            )));
        }
        let Some(checksum) = self.checksum.clone() else {
            return Err(ProtocolError("no checksum line".into()));
        };
        Ok(DriverOutput {
            iterations: self.iterations.clone(),
            checksum,
        })
    }
}

/// Parses a complete output at once.
#[cfg(test)]
pub fn parse_all<'a>(
    lines: impl IntoIterator<Item = &'a str>,
    expected_iterations: u32,
) -> Result<DriverOutput, ProtocolError> {
    let mut p = Parser::new(expected_iterations);
    for line in lines {
        p.feed(line)?;
    }
    p.finish()
}

/// Normalises a checksum for comparison: surrounding whitespace is ignored.
pub fn checksums_match(actual: &str, expected: &str) -> bool {
    actual.trim() == expected.trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str, n: u32) -> Result<DriverOutput, ProtocolError> {
        parse_all(text.lines(), n)
    }

    #[test]
    fn well_formed_output() {
        let out = parse(
            "ready\niteration 1 0.5\nchecksum (1, 'a b')\niteration 2 1.5e-3\niteration 3 0.25\n",
            3,
        )
        .unwrap();
        assert_eq!(out.iterations, vec![0.5, 0.0015, 0.25]);
        assert_eq!(out.checksum, "(1, 'a b')");
    }

    #[test]
    fn crlf_is_accepted() {
        let out = parse_all(["ready\r", "iteration 1 0.1\r", "checksum 42\r"], 1).unwrap();
        assert_eq!(out.checksum, "42");
    }

    #[test]
    fn malformed_outputs_fail() {
        let cases = [
            ("", "no ready line"),
            ("iteration 1 0.1\n", "iteration before ready"),
            ("ready\nready\n", "second ready"),
            ("ready\nhello\n", "unexpected line"),
            ("ready\niteration 2 0.1\n", "expected iteration 1"),
            ("ready\niteration one 0.1\n", "malformed iteration number"),
            ("ready\niteration 1 fast\n", "malformed iteration time"),
            ("ready\niteration 1 -0.1\n", "malformed iteration time"),
            ("ready\niteration 1 nan\n", "malformed iteration time"),
            ("ready\niteration 1 0.1 extra\n", "malformed iteration line"),
            ("ready\niteration 1\n", "malformed iteration line"),
            ("ready\nchecksum 1\n", "checksum before"),
            (
                "ready\niteration 1 0.1\nchecksum 1\nchecksum 1\n",
                "second checksum",
            ),
            ("ready\niteration 1 0.1\nchecksum  \n", "empty checksum"),
            ("ready\niteration 1 0.1\niteration 2 0.1\n", "no checksum"),
            ("ready\niteration 1 0.1\nchecksum 1\n", "after 1 of 2"),
            (
                "ready\niteration 1 0.1\nchecksum 1\niteration 2 0.1\niteration 3 0.1\n",
                "more than 2",
            ),
        ];
        for (text, msg) in cases {
            match parse(text, 2) {
                Ok(out) => panic!("{text:?} parsed as {out:?}"),
                Err(e) => assert!(e.0.contains(msg), "{text:?}: got {e}, wanted {msg}"),
            }
        }
    }

    #[test]
    fn long_lines_are_truncated_in_errors() {
        let line = "x".repeat(1000);
        let e = Parser::new(1).feed(&line).unwrap_err();
        assert!(e.0.len() < 300);
    }

    #[test]
    fn partial_data_is_available() {
        let mut p = Parser::new(3);
        p.feed("ready").unwrap();
        assert_eq!(
            p.feed("iteration 1 0.2").unwrap(),
            Event::Iteration {
                index: 1,
                seconds: 0.2
            }
        );
        p.feed("checksum 7").unwrap();
        assert_eq!(p.iterations(), &[0.2]);
        assert_eq!(p.checksum(), Some("7"));
        assert!(p.finish().is_err());
    }

    #[test]
    fn checksum_comparison_ignores_surrounding_whitespace() {
        assert!(checksums_match("123", "123\n"));
        assert!(!checksums_match("123", "124"));
    }
}
