//! The `pyrite` executable.

/// Buffers owned by objects (lists, strings, dict tables) are allocated with mimalloc, which
/// is markedly faster than the system allocator for the VM's many small, short-lived buffers.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Native stack for the interpreter thread: deep Python recursion through native code
/// (constructors, `sorted` key functions...) needs room; the VM raises RecursionError long
/// before this is used up.
const STACK_SIZE: usize = pyrite_vm::cli::NATIVE_STACK_BUDGET + (64 << 20);

fn main() {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let child = std::thread::Builder::new()
        .name("pyrite".into())
        .stack_size(STACK_SIZE)
        .spawn(move || pyrite_vm::cli::main_with_args(&argv))
        .expect("spawning the interpreter thread");
    let status = child.join().unwrap_or(70);
    std::process::exit(status);
}
