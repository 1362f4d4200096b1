//! The benchmark suite on disk.
//!
//! A suite directory holds `driver.py`, `benchmarks/NAME.py` (files starting
//! with `_` and non-`.py` files are not benchmarks) and `expected/NAME.quick`
//! / `expected/NAME.default` with the checksum CPython produces. Each
//! benchmark module defines the size parameters `QUICK = …` and
//! `DEFAULT = …` at top level; we read them with a simple text parse (an
//! integer literal, possibly with `_`, or a product / power of such literals,
//! e.g. `10 ** 6`), so no interpreter is needed to list the suite.
//!
//! The default suite is `bench-suite/` under the workspace root: the first
//! ancestor of the current directory containing `bench-suite/driver.py`, else
//! the workspace this binary was built from (`CARGO_MANIFEST_DIR/..`).

use std::path::{Path, PathBuf};

/// A loaded suite.
#[derive(Debug, Clone)]
pub struct Suite {
    /// The suite directory.
    pub dir: PathBuf,
    /// Path of `driver.py`.
    pub driver: PathBuf,
    /// Benchmarks, sorted by name.
    pub benchmarks: Vec<Benchmark>,
}

/// One benchmark program.
#[derive(Debug, Clone)]
pub struct Benchmark {
    /// Name: the file stem.
    pub name: String,
    /// Path of the `.py` file.
    pub path: PathBuf,
    /// `QUICK` size parameter.
    pub quick: Option<u64>,
    /// `DEFAULT` size parameter.
    pub default: Option<u64>,
}

impl Benchmark {
    /// The size to use.
    pub fn size(&self, quick: bool) -> Option<u64> {
        if quick {
            self.quick
        } else {
            self.default
        }
    }
}

impl Suite {
    /// Path of the expected-checksum file of `bench` for the chosen size.
    pub fn expected_path(&self, bench: &str, quick: bool) -> PathBuf {
        let ext = if quick { "quick" } else { "default" };
        self.dir.join("expected").join(format!("{bench}.{ext}"))
    }

    /// The expected checksum (first line, trimmed), if the file exists.
    pub fn expected(&self, bench: &str, quick: bool) -> Option<String> {
        let text = std::fs::read_to_string(self.expected_path(bench, quick)).ok()?;
        Some(text.lines().next().unwrap_or("").trim().to_string())
    }
}

/// The workspace root, if it can be found (see the module docs).
pub fn workspace_root() -> Option<PathBuf> {
    if let Ok(cwd) = std::env::current_dir() {
        if let Some(root) = cwd
            .ancestors()
            .find(|d| d.join("bench-suite").join("driver.py").is_file())
        {
            return Some(root.to_path_buf());
        }
    }
    let built = Path::new(env!("CARGO_MANIFEST_DIR")).parent()?;
    built
        .join("bench-suite")
        .is_dir()
        .then(|| built.to_path_buf())
}

/// The default suite directory.
pub fn default_suite_dir() -> PathBuf {
    workspace_root()
        .map(|r| r.join("bench-suite"))
        .unwrap_or_else(|| PathBuf::from("bench-suite"))
}

/// Loads the suite at `dir`.
pub fn load(dir: &Path) -> Result<Suite, String> {
    let dir = dir
        .canonicalize()
        .map_err(|e| format!("suite directory {}: {e}", dir.display()))?;
    let driver = dir.join("driver.py");
    if !driver.is_file() {
        return Err(format!("{} has no driver.py", dir.display()));
    }
    let bench_dir = dir.join("benchmarks");
    let entries =
        std::fs::read_dir(&bench_dir).map_err(|e| format!("{}: {e}", bench_dir.display()))?;
    let mut benchmarks = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(file) = path.file_name().and_then(|f| f.to_str()) else {
            continue;
        };
        let Some(name) = file.strip_suffix(".py") else {
            continue;
        };
        if name.starts_with('_') || name.is_empty() || !path.is_file() {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap_or_default();
        benchmarks.push(Benchmark {
            name: name.to_string(),
            quick: parse_size(&source, "QUICK"),
            default: parse_size(&source, "DEFAULT"),
            path,
        });
    }
    benchmarks.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(Suite {
        dir,
        driver,
        benchmarks,
    })
}

/// Reads `NAME = <int expr>` at the top level of a Python source.
pub fn parse_size(source: &str, name: &str) -> Option<u64> {
    source.lines().find_map(|line| {
        let rest = line.strip_prefix(name)?.trim_start();
        let rest = rest.strip_prefix('=')?;
        if rest.starts_with('=') {
            return None; // `NAME == …`
        }
        let expr = rest.split('#').next()?.trim();
        eval_int(expr)
    })
}

fn eval_int(expr: &str) -> Option<u64> {
    if let Some((a, b)) = expr.split_once("**") {
        return eval_int(a)?.checked_pow(u32::try_from(eval_int(b)?).ok()?);
    }
    if let Some((a, b)) = expr.split_once('*') {
        return eval_int(a)?.checked_mul(eval_int(b)?);
    }
    let digits: String = expr.trim().chars().filter(|&c| c != '_').collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_parsed() {
        let src = "\"\"\"doc\"\"\"\nimport x\nQUICK = 1_000  # small\nDEFAULT=10 ** 6\n\ndef run(n):\n    QUICK = 5\n";
        assert_eq!(parse_size(src, "QUICK"), Some(1000));
        assert_eq!(parse_size(src, "DEFAULT"), Some(1_000_000));
        assert_eq!(parse_size("DEFAULT = 3 * 4 * 5\n", "DEFAULT"), Some(60));
        assert_eq!(parse_size("QUICKER = 3\n", "QUICK"), None);
        assert_eq!(parse_size("QUICK == 3\n", "QUICK"), None);
        assert_eq!(parse_size("QUICK = compute()\n", "QUICK"), None);
        assert_eq!(parse_size("    QUICK = 3\n", "QUICK"), None);
    }

    #[test]
    fn suite_is_discovered() {
        let dir =
            std::env::temp_dir().join(format!("pyrite-bench-suite-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("benchmarks")).unwrap();
        std::fs::create_dir_all(dir.join("expected")).unwrap();
        std::fs::write(dir.join("driver.py"), "").unwrap();
        std::fs::write(dir.join("benchmarks/b.py"), "QUICK = 2\nDEFAULT = 20\n").unwrap();
        std::fs::write(dir.join("benchmarks/a.py"), "QUICK = 1\n").unwrap();
        std::fs::write(dir.join("benchmarks/_util.py"), "QUICK = 1\n").unwrap();
        std::fs::write(dir.join("benchmarks/notes.txt"), "").unwrap();
        std::fs::write(dir.join("expected/b.quick"), "(1, 2)\n").unwrap();
        let suite = load(&dir).unwrap();
        let names: Vec<&str> = suite.benchmarks.iter().map(|b| b.name.as_str()).collect();
        assert_eq!(names, ["a", "b"]);
        assert_eq!(suite.benchmarks[0].size(false), None);
        assert_eq!(suite.benchmarks[1].size(true), Some(2));
        assert_eq!(suite.expected("b", true).as_deref(), Some("(1, 2)"));
        assert_eq!(suite.expected("b", false), None);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
