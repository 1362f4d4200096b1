//! The `pyrite` command line: options, error reporting and exit statuses.

use std::process::{Command, Output};

fn pyrite(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .args(args)
        .output()
        .expect("run pyrite")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn script(name: &str, source: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("pyrite-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, source).unwrap();
    p
}

#[test]
fn dash_c_runs_code_and_sets_argv() {
    let o = pyrite(&["-c", "import sys; print(sys.argv, 6 * 7)", "x", "y"]);
    assert_eq!(text(&o.stdout), "['-c', 'x', 'y'] 42\n");
    assert!(o.status.success());
}

#[test]
fn missing_file_is_reported_like_python_with_status_2() {
    let o = pyrite(&["/nonexistent/dir/prog.py"]);
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o.stderr);
    assert!(
        err.contains(
            "can't open file '/nonexistent/dir/prog.py': [Errno 2] No such file or directory"
        ),
        "{err}"
    );
}

#[test]
fn version_help_and_unknown_options() {
    let v = pyrite(&["--version"]);
    assert!(text(&v.stdout).starts_with("pyrite "));
    assert!(v.status.success());
    let h = pyrite(&["--help"]);
    assert!(text(&h.stdout).contains("--gc-stress"));
    let bad = pyrite(&["--no-such-option"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("unknown option --no-such-option"));
    let gc = pyrite(&["--gc=rc", "-c", "pass"]);
    assert_eq!(gc.status.code(), Some(2));
    assert!(text(&gc.stderr).contains("not implemented yet"));
}

#[test]
fn uncaught_exception_prints_a_cpython_traceback_and_keeps_stdout() {
    let p = script(
        "tb.py",
        "print('before')\ndef f(d):\n    return d['missing']\n\nf({})\n",
    );
    let o = pyrite(&[p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(text(&o.stdout), "before\n");
    let expected = format!(
        "Traceback (most recent call last):\n  File \"{0}\", line 5, in <module>\n    f({{}})\n  File \"{0}\", line 3, in f\n    return d['missing']\nKeyError: 'missing'\n",
        p.display()
    );
    assert_eq!(text(&o.stderr), expected);
}

#[test]
fn chained_exceptions_are_printed_with_their_cause() {
    let p = script(
        "chain.py",
        "try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise ValueError('bad') from e\n",
    );
    let o = pyrite(&[p.to_str().unwrap()]);
    let err = text(&o.stderr);
    assert!(err.contains("ZeroDivisionError: division by zero\n\nThe above exception was the direct cause of the following exception:\n\nTraceback"), "{err}");
    assert!(err.ends_with("ValueError: bad\n"), "{err}");
}

#[test]
fn syntax_errors_show_file_line_source_and_caret() {
    let p = script("syn.py", "x = 1\nif x\n    pass\n");
    let o = pyrite(&[p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let expected = format!(
        "  File \"{}\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n",
        p.display()
    );
    assert_eq!(text(&o.stderr), expected);
}

#[test]
fn unsupported_features_name_the_feature_and_line() {
    let o = pyrite(&[
        "-c",
        "x = 1\ntry:\n    pass\nexcept* ValueError:\n    pass\n",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(
        err.contains("NotImplementedError: pyrite does not support 'except*' yet (line 2)"),
        "{err}"
    );
    let o = pyrite(&["-c", "b = b'abc'"]);
    assert!(text(&o.stderr).contains("bytes literals"));
}

#[test]
fn optimize_flag_strips_asserts_and_debug() {
    let code = "assert False, 'boom'\nprint(__debug__)";
    let o = pyrite(&["-O", "-c", code]);
    assert_eq!(text(&o.stdout), "False\n");
    let o = pyrite(&["-c", code]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).ends_with("AssertionError: boom\n"));
}

#[test]
fn dis_lists_every_code_object_with_lines() {
    let p = script(
        "dis.py",
        "def add(a, b):\n    return a + b\nprint(add(1, 2))\n",
    );
    let o = pyrite(&["--dis", p.to_str().unwrap()]);
    let out = text(&o.stdout);
    assert!(out.contains("code object <module>"), "{out}");
    assert!(out.contains("code object add"), "{out}");
    assert!(out.contains("ADD                r2, r0, r1"), "{out}");
    assert!(out.contains("     2      0  ADD"), "{out}");
    let o = pyrite(&["-c", "import dis\ndef f(x):\n    return x * 2\ndis.dis(f)"]);
    assert!(text(&o.stdout).contains("MUL"));
}

#[test]
fn gc_stats_are_written_as_json() {
    let dir = std::env::temp_dir().join(format!("pyrite-cli-stats-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("stats.json");
    let o = pyrite(&[
        &format!("--gc-stats={}", f.display()),
        "-c",
        "import gc\nx = [[i] for i in range(1000)]\ngc.collect()",
    ]);
    assert!(o.status.success());
    let s = std::fs::read_to_string(&f).unwrap();
    assert!(
        s.contains("\"collector\": \"mark-sweep\"") && s.contains("\"collections\": 1"),
        "{s}"
    );
    let c = pyrite(&["--configs"]);
    assert_eq!(text(&c.stdout), "--gc=ms --jit=off\n");
}

#[test]
fn sys_exit_sets_the_status() {
    assert_eq!(
        pyrite(&["-c", "import sys; sys.exit(3)"]).status.code(),
        Some(3)
    );
    let o = pyrite(&["-c", "raise SystemExit('bye')"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(text(&o.stderr), "bye\n");
}

#[test]
fn deep_recursion_is_a_recursion_error_not_a_crash() {
    let code = "import sys\nsys.setrecursionlimit(100000)\ndef f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    print('caught')\n";
    let o = pyrite(&["-c", code]);
    assert_eq!(text(&o.stdout), "caught\n");
    let code = "class A:\n    def __init__(self, n):\n        self.c = A(n + 1)\nimport sys\nsys.setrecursionlimit(50000)\ntry:\n    A(0)\nexcept RecursionError:\n    print('caught')\n";
    let o = pyrite(&["-c", code]);
    assert_eq!(text(&o.stdout), "caught\n", "{}", text(&o.stderr));
}

#[test]
fn a_relative_script_path_is_known_by_its_absolute_path() {
    let p = script(
        "rel.py",
        "import sys\nprint(__file__)\nprint(sys.argv[0])\n",
    );
    let o = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .arg("rel.py")
        .current_dir(p.parent().unwrap())
        .output()
        .expect("run pyrite");
    assert_eq!(text(&o.stdout), format!("{}\nrel.py\n", p.display()));
}

#[test]
fn frozen_stdlib_modules_are_found_after_the_script_directory() {
    // A program's own module shadows pyrite's frozen one, as a local file shadows
    // CPython's standard library.
    script("bisect.py", "def bisect(a, x):\n    return 'local'\n");
    let p = script(
        "uses_frozen.py",
        "import bisect, heapq, sys\nprint(bisect.bisect([1], 2), heapq)\nprint(sys._getframemodulename())\n",
    );
    let o = pyrite(&[p.to_str().unwrap()]);
    assert_eq!(
        text(&o.stdout),
        "local <module 'heapq' (frozen)>\n__main__\n",
        "stderr: {}",
        text(&o.stderr)
    );
}
