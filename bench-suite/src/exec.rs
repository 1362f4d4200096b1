//! Running one process execution, with timestamps, a timeout and interrupts.
//!
//! The child runs with stdin closed, stdout and stderr piped, in its own
//! process group. Two threads read its stdout (line by line, each line
//! stamped with the time it arrived) and its stderr (keeping the tail). The
//! main thread waits for lines, the deadline or an interrupt, then reaps the
//! child with `wait4` to obtain its exit status and peak RSS ([`crate::sys`]).
//!
//! Timing: *wall time* runs from just before `spawn` to the moment the child
//! is reaped (polled every millisecond once stdout has closed). The arrival
//! time of each stdout line is measured on the same clock; the start-up time
//! of the interpreter is the arrival time of the driver's `ready` line (see
//! `run`). Both include process creation and interpreter initialisation, and
//! the pipe latency (microseconds).
//!
//! This module knows nothing of the driver protocol.

use crate::sys;
use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// How much of stderr is kept (the end of it).
pub const STDERR_KEEP: usize = 16 * 1024;

/// How a process execution ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The process exited by itself (see the exit code / signal).
    Exited,
    /// Killed after the timeout.
    TimedOut,
    /// Killed because the user pressed Ctrl-C.
    Interrupted,
    /// Could not be started.
    SpawnFailed(String),
}

/// Everything observed about one process execution.
#[derive(Debug, Clone)]
pub struct Execution {
    /// How it ended.
    pub outcome: Outcome,
    /// Stdout lines with their arrival time in seconds since spawn.
    pub lines: Vec<(f64, String)>,
    /// The last [`STDERR_KEEP`] bytes of stderr.
    pub stderr: String,
    /// Exit code, if it exited normally.
    pub exit_code: Option<i32>,
    /// Terminating signal, if any.
    pub signal: Option<i32>,
    /// Seconds from spawn to reaping.
    pub wall_s: f64,
    /// Peak RSS in bytes.
    pub peak_rss_bytes: Option<u64>,
}

fn read_tail(mut r: impl Read) -> String {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        match r.read(&mut chunk) {
            Ok(0) | Err(_) => break,
            Ok(k) => {
                buf.extend_from_slice(&chunk[..k]);
                if buf.len() > 2 * STDERR_KEEP {
                    buf.drain(..buf.len() - STDERR_KEEP);
                }
            }
        }
    }
    if buf.len() > STDERR_KEEP {
        buf.drain(..buf.len() - STDERR_KEEP);
    }
    String::from_utf8_lossy(&buf).into_owned()
}

/// Runs `argv` to completion, for at most `timeout`, giving up early when
/// `interrupt` becomes true.
pub fn execute(argv: &[String], timeout: Duration, interrupt: &AtomicBool) -> Execution {
    let mut exec = Execution {
        outcome: Outcome::Exited,
        lines: Vec::new(),
        stderr: String::new(),
        exit_code: None,
        signal: None,
        wall_s: 0.0,
        peak_rss_bytes: None,
    };
    let Some((program, args)) = argv.split_first() else {
        exec.outcome = Outcome::SpawnFailed("empty command".into());
        return exec;
    };
    let start = Instant::now();
    let spawned = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .spawn();
    let mut child = match spawned {
        Ok(c) => c,
        Err(e) => {
            exec.outcome = Outcome::SpawnFailed(format!("cannot run {program}: {e}"));
            return exec;
        }
    };
    let pid = child.id();
    let stdout = child.stdout.take().expect("piped stdout");
    let stderr = child.stderr.take().expect("piped stderr");
    let (line_tx, line_rx) = mpsc::channel::<(Instant, String)>();
    thread::spawn(move || {
        let mut reader = BufReader::new(stdout);
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) | Err(_) => break,
                Ok(_) => {
                    let now = Instant::now();
                    if buf.last() == Some(&b'\n') {
                        buf.pop();
                    }
                    if line_tx
                        .send((now, String::from_utf8_lossy(&buf).into_owned()))
                        .is_err()
                    {
                        break;
                    }
                }
            }
        }
    });
    let (err_tx, err_rx) = mpsc::channel::<String>();
    thread::spawn(move || {
        let _ = err_tx.send(read_tail(stderr));
    });

    let deadline = start + timeout;
    let mut stdout_open = true;
    let mut reaped = None;
    loop {
        if interrupt.load(Ordering::SeqCst) {
            exec.outcome = Outcome::Interrupted;
            break;
        }
        let now = Instant::now();
        if now >= deadline {
            exec.outcome = Outcome::TimedOut;
            break;
        }
        if stdout_open {
            match line_rx.recv_timeout((deadline - now).min(Duration::from_millis(50))) {
                Ok((at, line)) => exec.lines.push(((at - start).as_secs_f64(), line)),
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => stdout_open = false,
            }
        } else {
            match sys::try_reap(pid) {
                Ok(Some(r)) => {
                    exec.wall_s = start.elapsed().as_secs_f64();
                    reaped = Some(r);
                    break;
                }
                Ok(None) => thread::sleep(Duration::from_millis(1)),
                Err(e) => {
                    exec.wall_s = start.elapsed().as_secs_f64();
                    exec.stderr = format!("cannot wait for the process: {e}");
                    return exec;
                }
            }
        }
    }
    if reaped.is_none() {
        // Timed out or interrupted: kill the whole group, then reap.
        sys::kill_group(pid);
        let _ = child.kill();
        exec.wall_s = start.elapsed().as_secs_f64();
        let give_up = Instant::now() + Duration::from_secs(10);
        while reaped.is_none() && Instant::now() < give_up {
            match sys::try_reap(pid) {
                Ok(Some(r)) => reaped = Some(r),
                Ok(None) => thread::sleep(Duration::from_millis(2)),
                Err(_) => break,
            }
        }
    }
    if let Some(r) = reaped {
        exec.exit_code = r.exit_code;
        exec.signal = r.signal;
        exec.peak_rss_bytes = Some(r.max_rss_bytes);
    }
    // A grandchild could keep the pipe open: do not wait for it for ever.
    exec.stderr = err_rx
        .recv_timeout(Duration::from_secs(2))
        .unwrap_or_default();
    exec
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str, timeout: Duration) -> Execution {
        let argv: Vec<String> = ["sh", "-c", script].iter().map(|s| s.to_string()).collect();
        execute(&argv, timeout, &AtomicBool::new(false))
    }

    #[test]
    fn captures_lines_stderr_and_status() {
        let e = sh(
            "echo ready; echo 'iteration 1 0.5'; echo oops >&2; exit 4",
            Duration::from_secs(20),
        );
        assert_eq!(e.outcome, Outcome::Exited);
        let lines: Vec<&str> = e.lines.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(lines, ["ready", "iteration 1 0.5"]);
        assert!(e.lines[0].0 <= e.lines[1].0 && e.lines[1].0 <= e.wall_s);
        assert_eq!(e.stderr.trim(), "oops");
        assert_eq!(e.exit_code, Some(4));
        assert!(e.peak_rss_bytes.unwrap() > 0);
    }

    #[test]
    fn times_out_and_kills() {
        let e = sh("echo ready; exec sleep 30", Duration::from_millis(300));
        assert_eq!(e.outcome, Outcome::TimedOut);
        assert_eq!(e.signal, Some(libc::SIGKILL));
        assert!(e.wall_s < 20.0);
    }

    #[test]
    fn interrupt_stops_the_child() {
        let argv: Vec<String> = ["sleep", "30"].iter().map(|s| s.to_string()).collect();
        let e = execute(&argv, Duration::from_secs(60), &AtomicBool::new(true));
        assert_eq!(e.outcome, Outcome::Interrupted);
    }

    #[test]
    fn spawn_failure_is_reported() {
        let argv = vec!["/nonexistent/python".to_string()];
        let e = execute(&argv, Duration::from_secs(1), &AtomicBool::new(false));
        assert!(matches!(e.outcome, Outcome::SpawnFailed(_)));
    }
}
