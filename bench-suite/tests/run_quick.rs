//! End-to-end tests: run the real binary against tiny suites written here.
//!
//! They need `python3` on PATH and use the real `driver.py`. They assert on
//! files, classifications and failures, never on measured times.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_pyrite-bench")
}

/// A fresh temporary directory.
fn temp_dir(tag: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    let dir = std::env::temp_dir().join(format!(
        "pyrite-bench-it-{tag}-{}-{nanos}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A suite with the real driver and the given (name, source, expected quick checksum) benchmarks.
fn suite(dir: &Path, benches: &[(&str, &str, Option<&str>)]) -> PathBuf {
    let suite = dir.join("suite");
    std::fs::create_dir_all(suite.join("benchmarks")).unwrap();
    std::fs::create_dir_all(suite.join("expected")).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("driver.py"),
        suite.join("driver.py"),
    )
    .unwrap();
    std::fs::write(suite.join("benchmarks/_helper.py"), "X = 1\n").unwrap();
    for (name, src, expected) in benches {
        std::fs::write(suite.join(format!("benchmarks/{name}.py")), src).unwrap();
        if let Some(e) = expected {
            std::fs::write(
                suite.join(format!("expected/{name}.quick")),
                format!("{e}\n"),
            )
            .unwrap();
        }
    }
    suite
}

fn run(args: &[&str]) -> Output {
    Command::new(bin()).args(args).output().unwrap()
}

fn json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The runner's record inside `results.json` (beside the pyperf suite).
fn record(path: &Path) -> serde_json::Value {
    json(path)["pyrite_bench"].take()
}

fn cell<'a>(results: &'a serde_json::Value, bench: &str, interp: &str) -> &'a serde_json::Value {
    results["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["benchmark"] == bench && c["interpreter"] == interp)
        .unwrap()
}

const GOOD: &str = "QUICK = 100\nDEFAULT = 1000\n\ndef run(n):\n    return sum(range(n))\n";
const BAD: &str = "QUICK = 3\nDEFAULT = 30\n\ndef run(n):\n    return 'x' * n\n";

#[test]
fn quick_run_reports_outputs_and_checksum_failure() {
    let dir = temp_dir("quick");
    let suite = suite(
        &dir,
        &[("good", GOOD, Some("4950")), ("bad", BAD, Some("'yyy'"))],
    );
    let out = dir.join("out");
    let o = run(&[
        "run",
        "--quick",
        "--suite",
        suite.to_str().unwrap(),
        "--interp",
        "cpython=python3",
        "--out",
        out.to_str().unwrap(),
    ]);
    let stdout = String::from_utf8_lossy(&o.stdout);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(
        o.status.code(),
        Some(1),
        "stdout:\n{stdout}\nstderr:\n{stderr}"
    );
    for f in [
        "results.json",
        "report.md",
        "speed.svg",
        "warmup/good.svg",
        "warmup/bad.svg",
        "pyperf/cpython.json",
    ] {
        assert!(out.join(f).is_file(), "missing {f}");
    }
    let results = record(&out.join("results.json"));
    assert_eq!(results["format"], "pyrite-bench-results");
    let good = cell(&results, "good", "cpython");
    assert!(good["failure"].is_null(), "{good}");
    let procs = good["processes"].as_array().unwrap();
    assert_eq!(procs.len(), 1);
    assert_eq!(procs[0]["iterations"].as_array().unwrap().len(), 3);
    assert_eq!(procs[0]["checksum"], "4950");
    assert!(procs[0]["warmup"]["classification"].is_string());
    assert!(procs[0]["startup_s"].as_f64().unwrap() > 0.0);
    assert!(procs[0]["peak_rss_bytes"].as_u64().unwrap() > 0);
    let bad = cell(&results, "bad", "cpython");
    assert_eq!(bad["failure"]["kind"], "checksum_mismatch", "{bad}");
    assert!(bad["failure"]["message"]
        .as_str()
        .unwrap()
        .contains("'xxx'"));
    assert!(results["metadata"]["machine"]["cpu_model"].is_string());
    assert!(results["interpreters"][0]["version"]
        .as_str()
        .unwrap()
        .contains("Python"));
    let report = std::fs::read_to_string(out.join("report.md")).unwrap();
    assert!(report.contains("checksum_mismatch") && report.contains("failed cell"));
    assert!(stdout.contains("FAILED"));
    // results.json itself is a pyperf suite with one benchmark per successful cell.
    let top = json(&out.join("results.json"));
    assert_eq!(top["version"], "1.0");
    let names: Vec<_> = top["benchmarks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["metadata"]["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["good (cpython)"]);
    let pyperf = json(&out.join("pyperf/cpython.json"));
    assert_eq!(pyperf["version"], "1.0");
    assert_eq!(
        pyperf["benchmarks"].as_array().unwrap().len(),
        1,
        "only the good benchmark"
    );

    // report regenerates; compare and merge accept the directory.
    std::fs::remove_file(out.join("report.md")).unwrap();
    let o = run(&["report", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(out.join("report.md").is_file());
    let o = run(&[
        "compare",
        out.to_str().unwrap(),
        out.join("results.json").to_str().unwrap(),
        "--markdown",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("| good | cpython |") && text.contains("same"),
        "{text}"
    );
    let merged = dir.join("merged");
    let o = run(&[
        "merge",
        merged.to_str().unwrap(),
        out.to_str().unwrap(),
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let m = record(&merged.join("results.json"));
    assert_eq!(m["interpreters"].as_array().unwrap().len(), 2);
    assert!(merged.join("speed.svg").is_file());
    let o = run(&["list", "--suite", suite.to_str().unwrap()]);
    let listing = String::from_utf8_lossy(&o.stdout);
    assert!(
        o.status.success() && listing.contains("good") && !listing.contains("_helper"),
        "{listing}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn gc_stats_protocol_errors_timeouts_and_missing_expected() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir("fakes");
    let suite = suite(&dir, &[("good", GOOD, Some("4950")), ("noexp", GOOD, None)]);
    // A fake pyrite: writes GC statistics, then runs the driver with python3.
    let pyrite = dir.join("pyrite");
    std::fs::write(
        &pyrite,
        "#!/bin/sh\ncase \"$1\" in --gc-stats=*) f=\"${1#--gc-stats=}\"; shift;\n  printf '{\"collector\": \"fake\", \"collections\": 2, \"pause_total_s\": 0.5, \"pause_max_s\": 0.25, \"bytes_allocated\": 10, \"heap_peak_bytes\": 5, \"extra\": [1]}' > \"$f\";; esac\nexec python3 \"$@\"\n",
    )
    .unwrap();
    let liar = dir.join("liar.sh");
    std::fs::write(&liar, "echo ready\necho 'hello from stdout'\n").unwrap();
    let sleeper = dir.join("sleeper.sh");
    std::fs::write(
        &sleeper,
        "[ \"$1\" = --version ] && { echo sleeper 1.0; exit 0; }\necho ready\nexec sleep 60\n",
    )
    .unwrap();
    std::fs::set_permissions(&pyrite, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = dir.join("out");
    let specs = [
        format!("pyrite-fake={}", pyrite.display()),
        format!("liar=sh {}", liar.display()),
        format!("sleeper=sh {}", sleeper.display()),
    ];
    let started = Instant::now();
    let o = run(&[
        "run",
        "--quick",
        "--suite",
        suite.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--timeout",
        "2",
        "--interp",
        &specs[0],
        "--interp",
        &specs[1],
        "--interp",
        &specs[2],
        "--baseline",
        "pyrite-fake",
    ]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(started.elapsed() < Duration::from_secs(50));
    let results = record(&out.join("results.json"));
    let good = cell(&results, "good", "pyrite-fake");
    assert!(good["failure"].is_null(), "{good}");
    let gc = &good["processes"][0]["gc_stats"];
    assert_eq!(gc["collector"], "fake");
    assert_eq!(gc["extra"][0], 1, "unknown keys are kept");
    assert_eq!(
        cell(&results, "noexp", "pyrite-fake")["failure"]["kind"],
        "missing_expected"
    );
    assert!(cell(&results, "noexp", "pyrite-fake")["failure"]["message"]
        .as_str()
        .unwrap()
        .contains("4950"));
    assert_eq!(
        cell(&results, "good", "liar")["failure"]["kind"],
        "protocol"
    );
    assert_eq!(
        cell(&results, "good", "sleeper")["failure"]["kind"],
        "timeout"
    );
    let report = std::fs::read_to_string(out.join("report.md")).unwrap();
    assert!(report.contains("GC statistics") && report.contains("fake"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn interrupt_writes_partial_results() {
    let dir = temp_dir("interrupt");
    let slow =
        "import time\nQUICK = 1\nDEFAULT = 1\n\ndef run(n):\n    time.sleep(30)\n    return n\n";
    let suite = suite(&dir, &[("slow", slow, Some("1"))]);
    let out = dir.join("out");
    let mut child = Command::new(bin())
        .args([
            "run",
            "--quick",
            "--suite",
            suite.to_str().unwrap(),
            "--interp",
            "cpython=python3",
            "--out",
            out.to_str().unwrap(),
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The output directory is created just before the Ctrl-C handler is installed.
    let deadline = Instant::now() + Duration::from_secs(30);
    while !out.is_dir() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(1500));
    let started = Instant::now();
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let out_status = child.wait().unwrap();
    assert_eq!(out_status.code(), Some(130));
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "the benchmark was not killed"
    );
    let results = record(&out.join("results.json"));
    assert_eq!(results["metadata"]["interrupted"], true);
    assert!(std::fs::read_to_string(out.join("report.md"))
        .unwrap()
        .contains("Interrupted"));
    assert!(out.join("speed.svg").is_file());
    std::fs::remove_dir_all(&dir).unwrap();
}
