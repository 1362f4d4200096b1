//! The conformance suite: every program in `tests/conformance/` runs under pyrite and must
//! print exactly what CPython 3.11 printed (the `.out` golden), and, for programs that fail,
//! exit with the same status and the same last line of stderr (the `.err` golden).
//!
//! Each program runs under every VM configuration (collector x stress mode x JIT setting).
//! `PYRITE_CONFORMANCE=name1,name2` restricts the run to some programs.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::Duration;

/// The VM configurations every program runs under.
const CONFIGS: &[&[&str]] = &[
    &["--gc=ms", "--jit=off"],
    &["--gc=ms", "--gc-stress", "--jit=off"],
];

const TIMEOUT: Duration = Duration::from_secs(120);

struct Case {
    name: String,
    path: PathBuf,
    flags: Vec<String>,
    args: Vec<String>,
    expected_out: String,
    expected_err: Option<(i32, String)>,
}

fn load_cases(dir: &Path) -> Vec<Case> {
    let filter: Option<Vec<String>> = std::env::var("PYRITE_CONFORMANCE")
        .ok()
        .map(|s| s.split(',').map(|x| x.trim().to_string()).collect());
    let mut cases = Vec::new();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("conformance dir")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        let name = path
            .file_stem()
            .expect("stem")
            .to_string_lossy()
            .to_string();
        if let Some(f) = &filter {
            if !f.contains(&name) {
                continue;
            }
        }
        let source = std::fs::read_to_string(&path).expect("read test");
        let (mut flags, mut args) = (Vec::new(), Vec::new());
        for line in source.lines().take_while(|l| l.starts_with('#')) {
            if let Some(f) = line.strip_prefix("# flags:") {
                flags = f.split_whitespace().map(String::from).collect();
            }
            if let Some(a) = line.strip_prefix("# args:") {
                args = shell_words(a);
            }
        }
        let expected_out = std::fs::read_to_string(path.with_extension("out"))
            .unwrap_or_else(|_| panic!("missing golden {name}.out"));
        let expected_err = std::fs::read_to_string(path.with_extension("err"))
            .ok()
            .map(|e| {
                let mut lines = e.lines();
                let status = lines
                    .next()
                    .and_then(|l| l.strip_prefix("exit "))
                    .and_then(|n| n.trim().parse().ok())
                    .expect("exit line");
                (status, lines.next().unwrap_or("").to_string())
            });
        cases.push(Case {
            name,
            path,
            flags,
            args,
            expected_out,
            expected_err,
        });
    }
    cases
}

/// Splits a header line into words as a POSIX shell would (quotes group words).
fn shell_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    for c in s.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => cur.push(c),
            None if c == '"' || c == '\'' => {
                quote = Some(c);
                in_word = true;
            }
            None if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            None => {
                cur.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(cur);
    }
    words
}

fn run_case(case: &Case, config: &[&str], dir: &Path) -> Result<(), String> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyrite"));
    cmd.args(config)
        .args(&case.flags)
        .arg(case.path.file_name().expect("file name"))
        .args(&case.args);
    cmd.current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let child = cmd
        .spawn()
        .map_err(|e| format!("cannot start pyrite: {e}"))?;
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    let out = match rx.recv_timeout(TIMEOUT) {
        Ok(r) => r.map_err(|e| e.to_string())?,
        Err(_) => {
            let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
            return Err(format!("timed out after {TIMEOUT:?}"));
        }
    };
    let status = out.status;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let code = status.code().unwrap_or(-1);
    let mut problems = Vec::new();
    if stdout != case.expected_out {
        let tail: Vec<&str> = stderr
            .lines()
            .rev()
            .take(4)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        problems.push(format!(
            "stdout differs:\n{}  stderr ends with:\n    {}",
            diff(&case.expected_out, &stdout),
            tail.join("\n    ")
        ));
    }
    let (want_code, want_last) = case.expected_err.clone().unwrap_or((0, String::new()));
    if code != want_code {
        problems.push(format!("exit status {code}, expected {want_code}"));
    }
    let last = stderr.lines().last().unwrap_or("").to_string();
    if case.expected_err.is_some() && last != want_last {
        problems.push(format!(
            "last stderr line:\n  got:  {last}\n  want: {want_last}"
        ));
    }
    if case.expected_err.is_none() && code == 0 && !stderr.is_empty() && case.expected_out == stdout
    {
        // Programs may write to stderr on purpose; only report when nothing else is wrong
        // and the stderr looks like a crash.
        if stderr.contains("panicked") || stderr.contains("Traceback") {
            problems.push(format!("unexpected stderr:\n{stderr}"));
        }
    }
    if stderr.contains("panicked") {
        problems.push(format!("pyrite panicked:\n{stderr}"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// A short line diff: the first differing lines with context.
fn diff(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let first = w
        .iter()
        .zip(&g)
        .position(|(a, b)| a != b)
        .unwrap_or(w.len().min(g.len()));
    let mut out = String::new();
    for i in first.saturating_sub(2)..(first + 4).min(w.len().max(g.len())) {
        let a = w.get(i).copied().unwrap_or("<missing>");
        let b = g.get(i).copied().unwrap_or("<missing>");
        let mark = if a == b { " " } else { "!" };
        out.push_str(&format!(
            "  {mark} line {:>3}: want {a:?}\n  {mark}           got  {b:?}\n",
            i + 1
        ));
    }
    out
}

#[test]
fn conformance_suite_matches_cpython_in_every_configuration() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance");
    let cases = load_cases(&dir);
    assert!(!cases.is_empty(), "no conformance programs found");
    let work: Vec<(usize, usize)> = (0..CONFIGS.len())
        .flat_map(|c| (0..cases.len()).map(move |i| (c, i)))
        .collect();
    let next = Mutex::new(0usize);
    let failures = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(8);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let k = {
                    let mut n = next.lock().unwrap();
                    let k = *n;
                    *n += 1;
                    k
                };
                let Some(&(c, i)) = work.get(k) else { break };
                if let Err(e) = run_case(&cases[i], CONFIGS[c], &dir) {
                    failures.lock().unwrap().push(format!(
                        "{} [{}]\n{e}",
                        cases[i].name,
                        CONFIGS[c].join(" ")
                    ));
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    if !failures.is_empty() {
        panic!(
            "{} of {} runs failed:\n\n{}",
            failures.len(),
            work.len(),
            failures.join("\n\n")
        );
    }
}

#[test]
fn readme_states_the_number_of_conformance_programs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance");
    let n = load_cases(&dir).len();
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md"))
            .expect("README.md");
    let claim = format!("{n} programs in `vm/tests/conformance/`");
    assert!(
        readme.contains(&claim),
        "README.md should say \"{claim}\" (update the count when adding tests)"
    );
}
