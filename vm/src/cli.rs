//! The `pyrite` command line.
//!
//! ```text
//! pyrite [options] script.py [args...]     run a program
//! pyrite [options] -c CODE [args...]       run a string
//! ```

use crate::vm::{Vm, VmConfig};
use pyrite_gc::{CollectorKind, HeapConfig};
use std::path::PathBuf;

/// Native stack the interpreter may use; `main` runs the VM on a thread with a larger stack.
pub const NATIVE_STACK_BUDGET: usize = 400 << 20;

/// Usage text for `--help`.
pub const USAGE: &str = "\
usage: pyrite [option] ... [-c cmd | file] [arg] ...
Options:
  -c cmd          program passed in as string
  -O              remove assert statements and make __debug__ False
  --dis           print the bytecode of every code object instead of running
  --gc=NAME       garbage collector: ms (mark-sweep) [default: ms]
  --gc-stress     collect at every safepoint and verify every reference
  --gc-stats=FILE write collector statistics (JSON) to FILE at exit
  --jit=MODE      JIT mode: off (the JIT is not built yet) [default: off]
  --configs       list the collector/JIT configurations this build supports
  -V, --version   print the version and exit
  -h, --help      print this help and exit
";

/// What to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Program {
    /// A script file.
    File(PathBuf),
    /// `-c` source.
    Code(String),
}

/// Parsed command line.
#[derive(Debug, Clone)]
pub struct Options {
    /// What to run.
    pub program: Option<Program>,
    /// Arguments after the program (sys.argv[1:]).
    pub args: Vec<String>,
    /// `-O` count.
    pub optimize: u8,
    /// `--dis`.
    pub dis: bool,
    /// Heap settings.
    pub heap: HeapConfig,
    /// `--gc-stats` file.
    pub gc_stats: Option<PathBuf>,
}

/// A command-line action other than running a program.
#[derive(Debug, PartialEq, Eq)]
pub enum Action {
    /// Print this text to stdout and exit 0.
    Print(String),
    /// Print this message to stderr and exit 2.
    Fail(String),
}

/// Parses the arguments (without the program name).
pub fn parse(argv: &[String]) -> Result<Options, Action> {
    let mut o = Options {
        program: None,
        args: Vec::new(),
        optimize: 0,
        dis: false,
        heap: HeapConfig::default(),
        gc_stats: None,
    };
    let mut i = 0;
    while i < argv.len() {
        let a = &argv[i];
        i += 1;
        match a.as_str() {
            "-h" | "--help" => return Err(Action::Print(USAGE.to_string())),
            "-V" | "--version" => {
                return Err(Action::Print(format!(
                    "pyrite {} (Python 3.11 compatible)\n",
                    crate::modules::sys::VERSION
                )))
            }
            "--configs" => {
                let lines: Vec<String> = CollectorKind::ALL
                    .iter()
                    .map(|c| format!("--gc={} --jit=off", c.short_name()))
                    .collect();
                return Err(Action::Print(lines.join("\n") + "\n"));
            }
            "-O" | "-OO" => o.optimize = 1,
            "--dis" => o.dis = true,
            "--gc-stress" => {
                o.heap.stress = true;
                o.heap.verify = true;
            }
            "-c" => {
                let Some(code) = argv.get(i) else {
                    return Err(Action::Fail("Argument expected for the -c option\n".into()));
                };
                o.program = Some(Program::Code(code.clone()));
                o.args = std::iter::once("-c".to_string())
                    .chain(argv[i + 1..].iter().cloned())
                    .collect();
                return Ok(o);
            }
            s if s.starts_with("--gc=") => {
                o.heap.collector = s["--gc=".len()..]
                    .parse()
                    .map_err(|e: String| Action::Fail(format!("pyrite: {e}\n")))?;
            }
            s if s.starts_with("--gc-stats=") => {
                o.gc_stats = Some(PathBuf::from(&s["--gc-stats=".len()..]))
            }
            s if s.starts_with("--jit=") => {
                let mode = &s["--jit=".len()..];
                if mode != "off" {
                    return Err(Action::Fail(format!(
                        "pyrite: JIT mode '{mode}' is not available yet (available: off)\n"
                    )));
                }
            }
            "-" => {
                return Err(Action::Fail(
                    "pyrite: reading the program from standard input is not supported yet\n".into(),
                ))
            }
            s if s.starts_with('-') && s.len() > 1 => {
                return Err(Action::Fail(format!("unknown option {s}\n{USAGE}")));
            }
            _ => {
                o.program = Some(Program::File(PathBuf::from(a)));
                o.args = argv[i - 1..].to_vec();
                return Ok(o);
            }
        }
    }
    Ok(o)
}

/// Runs the command line; returns the process exit status.
pub fn main_with_args(argv: &[String]) -> i32 {
    let opts = match parse(argv) {
        Ok(o) => o,
        Err(Action::Print(s)) => {
            print!("{s}");
            return 0;
        }
        Err(Action::Fail(s)) => {
            eprint!("{s}");
            return 2;
        }
    };
    let Some(program) = opts.program.clone() else {
        eprint!("pyrite: no program given (interactive mode is not supported)\n{USAGE}");
        return 2;
    };
    let (source, path, script_dir) = match &program {
        Program::Code(c) => (
            c.clone(),
            "<string>".to_string(),
            std::env::current_dir().ok(),
        ),
        Program::File(p) => {
            let abs = std::path::absolute(p).unwrap_or_else(|_| p.clone());
            match std::fs::read_to_string(p) {
                // Like CPython 3.9+, the script is known by its absolute path
                // (`__file__`, tracebacks, SyntaxError locations).
                Ok(s) => (
                    s,
                    abs.to_string_lossy().to_string(),
                    abs.parent().map(|d| d.to_path_buf()),
                ),
                Err(e) => {
                    let errno = e.raw_os_error().unwrap_or(2);
                    let msg = if errno == 2 {
                        "No such file or directory".to_string()
                    } else {
                        e.to_string()
                    };
                    eprintln!(
                        "pyrite: can't open file '{}': [Errno {errno}] {msg}",
                        abs.display()
                    );
                    return 2;
                }
            }
        }
    };
    let config = VmConfig {
        optimize: opts.optimize,
        heap: opts.heap.clone(),
        argv: opts.args.clone(),
        script_dir,
        native_stack_budget: NATIVE_STACK_BUDGET,
    };
    let mut vm = Vm::new(config);
    let status = if opts.dis {
        match vm.compile_source(&source, &path, crate::compiler::Mode::Exec) {
            Ok(code) => match crate::modules::dis::disassemble(&mut vm, code) {
                Ok(text) => {
                    vm.write_stdout(&text);
                    0
                }
                Err(e) => vm.report_uncaught(e),
            },
            Err(e) => vm.report_uncaught(e),
        }
    } else {
        vm.run_main(&source, &path)
    };
    vm.flush_stdout();
    if let Some(file) = &opts.gc_stats {
        let json = vm
            .heap
            .stats()
            .to_json(&vm.heap.config().collector.to_string());
        if let Err(e) = std::fs::write(file, json + "\n") {
            eprintln!(
                "pyrite: cannot write GC statistics to {}: {e}",
                file.display()
            );
        }
    }
    status
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn script_arguments_stop_option_parsing() {
        let o = parse(&args(&["-O", "x.py", "-O", "--dis"])).unwrap();
        assert_eq!(o.program, Some(Program::File("x.py".into())));
        assert_eq!(o.args, args(&["x.py", "-O", "--dis"]));
        assert_eq!(o.optimize, 1);
        assert!(!o.dis);
    }

    #[test]
    fn unknown_collectors_and_options_are_reported() {
        assert!(
            matches!(parse(&args(&["--gc=rc", "x.py"])), Err(Action::Fail(m)) if m.contains("not implemented yet"))
        );
        assert!(
            matches!(parse(&args(&["--frobnicate"])), Err(Action::Fail(m)) if m.contains("unknown option"))
        );
        assert!(
            matches!(parse(&args(&["--configs"])), Err(Action::Print(m)) if m.contains("--gc=ms --jit=off"))
        );
    }

    #[test]
    fn dash_c_takes_the_rest_as_argv() {
        let o = parse(&args(&["-c", "print(1)", "a", "b"])).unwrap();
        assert_eq!(o.program, Some(Program::Code("print(1)".into())));
        assert_eq!(o.args, args(&["-c", "a", "b"]));
    }
}
