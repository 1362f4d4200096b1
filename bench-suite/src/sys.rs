//! The runner's only `unsafe` code: two thin wrappers over libc.
//!
//! * [`try_reap`] reaps a child with `wait4(2)`, which, unlike
//!   `std::process::Child::wait`, also returns the child's resource usage. We
//!   use `ru_maxrss`, the **peak resident set size** of the child (on Linux the
//!   maximum over the child and any of its own children that it waited for),
//!   as the peak memory of a process execution. It is exact, costs nothing and
//!   needs no polling of `/proc`.
//! * [`kill_group`] sends `SIGKILL` to a whole process group: benchmark
//!   processes run in their own group (so that the terminal's Ctrl-C reaches
//!   only the runner), and on timeout or interrupt we kill the group, in case
//!   the interpreter started children of its own.

use std::io;

/// Exit information of a reaped child.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reaped {
    /// Exit code if the child exited normally.
    pub exit_code: Option<i32>,
    /// Signal number if the child was killed by a signal.
    pub signal: Option<i32>,
    /// Peak resident set size in bytes.
    pub max_rss_bytes: u64,
}

/// Reaps child `pid` if it has exited (`WNOHANG`); `Ok(None)` while it runs.
pub fn try_reap(pid: u32) -> io::Result<Option<Reaped>> {
    let pid =
        libc::pid_t::try_from(pid).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?;
    let mut status: libc::c_int = 0;
    // SAFETY: `rusage` is a plain C struct of integers (and timevals of
    // integers), for which all-zero bytes are a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `wait4` writes only through its two out-pointers, which point to
    // live, properly aligned locals of the right types for the whole call.
    let r = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
    if r == -1 {
        let e = io::Error::last_os_error();
        if e.kind() == io::ErrorKind::Interrupted {
            return Ok(None);
        }
        return Err(e);
    }
    if r == 0 {
        return Ok(None);
    }
    let exit_code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    let signal = libc::WIFSIGNALED(status).then(|| libc::WTERMSIG(status));
    let maxrss = u64::try_from(usage.ru_maxrss).unwrap_or(0);
    // Linux reports kilobytes, macOS bytes.
    let max_rss_bytes = if cfg!(target_os = "macos") {
        maxrss
    } else {
        maxrss * 1024
    };
    Ok(Some(Reaped {
        exit_code,
        signal,
        max_rss_bytes,
    }))
}

/// Sends `SIGKILL` to process group `pgid` (errors, e.g. an already empty
/// group, are ignored).
pub fn kill_group(pgid: u32) {
    let Ok(pgid) = libc::pid_t::try_from(pgid) else {
        return;
    };
    if pgid <= 1 {
        return; // never signal "every process" or init's group
    }
    // SAFETY: `kill` has no memory-safety preconditions; a negative pid
    // addresses the process group, which we created for this child.
    unsafe {
        libc::kill(-pgid, libc::SIGKILL);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::Command;

    fn reap_blocking(pid: u32) -> Reaped {
        loop {
            if let Some(r) = try_reap(pid).unwrap() {
                return r;
            }
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
    }

    #[test]
    #[allow(clippy::zombie_processes)] // reaped by try_reap, which clippy cannot see
    fn reaps_exit_code_and_rss() {
        let child = Command::new("sh").args(["-c", "exit 3"]).spawn().unwrap();
        let r = reap_blocking(child.id());
        assert_eq!(r.exit_code, Some(3));
        assert_eq!(r.signal, None);
        assert!(r.max_rss_bytes > 0);
    }

    #[test]
    #[allow(clippy::zombie_processes)] // reaped by try_reap
    fn reports_signals() {
        use std::os::unix::process::CommandExt;
        let child = Command::new("sleep")
            .arg("30")
            .process_group(0)
            .spawn()
            .unwrap();
        kill_group(child.id());
        let r = reap_blocking(child.id());
        assert_eq!(r.exit_code, None);
        assert_eq!(r.signal, Some(libc::SIGKILL));
    }
}
