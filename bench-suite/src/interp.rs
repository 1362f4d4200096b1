//! Interpreters: `--interp NAME=CMD` specs, the default set, pyrite's
//! configurations and version strings.
//!
//! Without `--interp`, the matrix is:
//!
//! * `cpython` = `python3` (the baseline), if on `PATH`;
//! * `pypy` = `pypy3`, if on `PATH`;
//! * pyrite in every configuration it reports. The binary is `--pyrite PATH`,
//!   else `target/release/pyrite` under the workspace root, else `pyrite` on
//!   `PATH` (skipped with a warning if none exists). `pyrite --configs` prints
//!   one configuration per line as flags (e.g. `--gc=ms --jit=off`); each
//!   becomes an interpreter named `pyrite[gc=ms,jit=off]` whose command is the
//!   binary followed by those flags. If `--configs` fails or prints nothing,
//!   pyrite runs once with no flags, named `pyrite`.
//!
//! An interpreter is treated as pyrite (and gets `--gc-stats=FILE`) if the file
//! name of its program starts with `pyrite`.

use crate::exec;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::Duration;

/// Timeout for `--version` and `--configs` queries.
const QUERY_TIMEOUT: Duration = Duration::from_secs(10);

/// An interpreter configuration to benchmark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interpreter {
    /// Unique display name.
    pub name: String,
    /// Program and leading arguments.
    pub command: Vec<String>,
    /// Whether it is pyrite (receives `--gc-stats=FILE`).
    pub is_pyrite: bool,
}

/// Whether a command runs pyrite (by its program's file name).
pub fn is_pyrite_command(command: &[String]) -> bool {
    command
        .first()
        .and_then(|p| Path::new(p).file_name())
        .and_then(|f| f.to_str())
        .is_some_and(|f| f.starts_with("pyrite"))
}

/// Parses `NAME=CMD`; `CMD` is split on whitespace.
pub fn parse_spec(spec: &str) -> Result<Interpreter, String> {
    let (name, cmd) = spec
        .split_once('=')
        .ok_or_else(|| format!("--interp {spec:?}: expected NAME=CMD"))?;
    let name = name.trim();
    let command: Vec<String> = cmd.split_whitespace().map(str::to_string).collect();
    if name.is_empty() || command.is_empty() {
        return Err(format!(
            "--interp {spec:?}: expected NAME=CMD with a non-empty name and command"
        ));
    }
    let is_pyrite = is_pyrite_command(&command);
    Ok(Interpreter {
        name: name.to_string(),
        command,
        is_pyrite,
    })
}

/// Looks an executable up on `PATH`.
pub fn find_in_path(program: &str) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(program))
        .find(|p| {
            p.is_file()
                && p.metadata()
                    .is_ok_and(|m| m.permissions().mode() & 0o111 != 0)
        })
}

/// Finds the pyrite binary (see the module docs).
pub fn find_pyrite(explicit: Option<&Path>, root: Option<&Path>) -> Option<PathBuf> {
    if let Some(p) = explicit {
        return Some(p.to_path_buf());
    }
    if let Some(candidate) = root.map(|r| r.join("target").join("release").join("pyrite")) {
        if candidate.is_file() {
            return Some(candidate);
        }
    }
    find_in_path("pyrite")
}

fn query(command: &[String]) -> Option<(bool, String, String)> {
    let e = exec::execute(command, QUERY_TIMEOUT, &AtomicBool::new(false));
    if e.outcome != exec::Outcome::Exited {
        return None;
    }
    let stdout: Vec<&str> = e.lines.iter().map(|(_, l)| l.as_str()).collect();
    Some((e.exit_code == Some(0), stdout.join("\n"), e.stderr))
}

/// The configurations pyrite reports with `--configs`, as flag lists.
pub fn pyrite_configs(binary: &Path) -> Vec<Vec<String>> {
    let command = vec![binary.display().to_string(), "--configs".to_string()];
    let configs: Vec<Vec<String>> = match query(&command) {
        Some((true, stdout, _)) => stdout
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.split_whitespace().map(str::to_string).collect())
            .collect(),
        _ => Vec::new(),
    };
    if configs.is_empty() {
        vec![Vec::new()]
    } else {
        configs
    }
}

/// Readable name of a pyrite configuration: `pyrite[gc=ms,jit=off]`.
pub fn config_name(flags: &[String]) -> String {
    if flags.is_empty() {
        return "pyrite".to_string();
    }
    let parts: Vec<&str> = flags.iter().map(|f| f.trim_start_matches('-')).collect();
    format!("pyrite[{}]", parts.join(","))
}

/// The default matrix (see the module docs); problems go to `warnings`.
pub fn default_interpreters(
    pyrite: Option<&Path>,
    root: Option<&Path>,
    warnings: &mut Vec<String>,
) -> Vec<Interpreter> {
    let mut out = Vec::new();
    if find_in_path("python3").is_some() {
        out.push(Interpreter {
            name: "cpython".into(),
            command: vec!["python3".into()],
            is_pyrite: false,
        });
    } else {
        warnings.push("python3 not found on PATH: no CPython baseline".into());
    }
    if find_in_path("pypy3").is_some() {
        out.push(Interpreter {
            name: "pypy".into(),
            command: vec!["pypy3".into()],
            is_pyrite: false,
        });
    }
    match find_pyrite(pyrite, root) {
        Some(bin) if bin.is_file() || pyrite.is_none() => {
            for flags in pyrite_configs(&bin) {
                let mut command = vec![bin.display().to_string()];
                command.extend(flags.iter().cloned());
                out.push(Interpreter { name: config_name(&flags), command, is_pyrite: true });
            }
        }
        Some(bin) => warnings.push(format!("pyrite binary {} not found: skipping pyrite", bin.display())),
        None => warnings.push("pyrite binary not found (build it with `cargo build --release -p pyrite`, or pass --pyrite PATH): skipping pyrite".into()),
    }
    out
}

/// `CMD --version`, stdout and stderr together (some interpreters print
/// their version on stderr); `"unknown"` if it cannot be run.
pub fn version(command: &[String]) -> String {
    let mut cmd = command.to_vec();
    cmd.push("--version".into());
    match query(&cmd) {
        Some((_, stdout, stderr)) => {
            let text = [stdout.trim(), stderr.trim()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join("\n");
            if text.is_empty() {
                "unknown".into()
            } else {
                text
            }
        }
        None => "unknown".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_are_parsed() {
        let i = parse_spec("pyrite-ms=target/release/pyrite --gc=ms").unwrap();
        assert_eq!(i.name, "pyrite-ms");
        assert_eq!(i.command, ["target/release/pyrite", "--gc=ms"]);
        assert!(i.is_pyrite);
        let c = parse_spec("cpython=python3").unwrap();
        assert!(!c.is_pyrite);
        assert!(parse_spec("python3").is_err());
        assert!(parse_spec("=python3").is_err());
        assert!(parse_spec("x=  ").is_err());
    }

    #[test]
    fn config_names_are_readable() {
        assert_eq!(config_name(&[]), "pyrite");
        let flags = vec!["--gc=ms".to_string(), "--jit=off".to_string()];
        assert_eq!(config_name(&flags), "pyrite[gc=ms,jit=off]");
    }

    #[test]
    fn configs_fall_back_to_no_flags() {
        // `false --configs` fails: one configuration without flags.
        let bin = find_in_path("false").unwrap();
        assert_eq!(pyrite_configs(&bin), vec![Vec::<String>::new()]);
    }

    #[test]
    fn configs_are_read_from_a_fake_pyrite() {
        let dir =
            std::env::temp_dir().join(format!("pyrite-bench-interp-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let fake = dir.join("pyrite");
        std::fs::write(&fake, "#!/bin/sh\nif [ \"$1\" = --configs ]; then printf -- '--gc=ms --jit=off\\n\\n--gc=gen\\n'; else echo pyrite 0.1 >&2; fi\n").unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
        let configs = pyrite_configs(&fake);
        assert_eq!(
            configs,
            vec![
                vec!["--gc=ms".to_string(), "--jit=off".to_string()],
                vec!["--gc=gen".to_string()]
            ]
        );
        assert_eq!(version(&[fake.display().to_string()]), "pyrite 0.1");
        let mut warnings = Vec::new();
        let interps = default_interpreters(Some(&fake), None, &mut warnings);
        let names: Vec<&str> = interps
            .iter()
            .filter(|i| i.is_pyrite)
            .map(|i| i.name.as_str())
            .collect();
        assert_eq!(names, ["pyrite[gc=ms,jit=off]", "pyrite[gc=gen]"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
