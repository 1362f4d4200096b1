//! The `dis` module and `pyrite --dis`: a readable listing of pyrite's register bytecode.
//!
//! ```text
//! Disassembly of <code object add at x.py:1> (2 args, 3 registers)
//!   line   idx  instruction
//!      2     0  ADD                r2, r0, r1
//!            1  RETURN             r2
//! ```

use crate::compiler::bytecode::{Instr, Role, NO_REG};
use crate::error::PyResult;
use crate::objects::function::Args;
use crate::objects::{BoundMethodData, CodeData, FunctionData, Gc};
use crate::ops::compare::CmpOp;
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn install(vm: &mut Vm) {
    let m = super::builtin_module(vm, "dis");
    vm.module_fn(m, "dis", dis);
}

fn dis(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("dis", &args, 1, 1)?;
    let mut v = args.pos[0];
    if let Some(m) = Gc::<BoundMethodData>::from_value(v) {
        v = m.func;
    }
    let code = if let Some(f) = Gc::<FunctionData>::from_value(v) {
        f.code
    } else if let Some(c) = Gc::<CodeData>::from_value(v) {
        c
    } else if let Some(s) = crate::ops::as_str(v) {
        let s = s.to_string();
        vm.compile_source(&s, "<dis>", crate::compiler::Mode::Exec)?
    } else {
        let n = vm.type_name_of(v);
        return Err(vm.type_error(format!("don't know how to disassemble {n} objects")));
    };
    let text = disassemble(vm, code)?;
    vm.write_stdout(&text);
    Ok(Value::NONE)
}

/// The listing of a code object and, after it, of the code objects it contains.
pub fn disassemble(vm: &mut Vm, code: Gc<CodeData>) -> PyResult<String> {
    let mut out = String::new();
    let mut todo = vec![code];
    while let Some(c) = todo.pop() {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&listing(vm, c)?);
        let nested: Vec<Gc<CodeData>> = c
            .consts
            .iter()
            .filter_map(|&k| Gc::<CodeData>::from_value(k))
            .collect();
        todo.extend(nested.into_iter().rev());
    }
    Ok(out)
}

fn listing(vm: &mut Vm, code: Gc<CodeData>) -> PyResult<String> {
    let m = &code.meta;
    let mut out = format!(
        "Disassembly of <code object {} at {}:{}> ({} args, {} locals, {} registers)\n",
        m.qualname,
        m.filename,
        m.first_line,
        m.total_params(),
        m.varnames.len(),
        m.nregs
    );
    if !m.varnames.is_empty() {
        let names: Vec<String> = m
            .varnames
            .iter()
            .enumerate()
            .map(|(i, n)| format!("r{i}={n}"))
            .collect();
        out.push_str(&format!("  locals: {}\n", names.join(" ")));
    }
    if !m.freevars.is_empty() {
        let base = m.varnames.len();
        let names: Vec<String> = m
            .freevars
            .iter()
            .enumerate()
            .map(|(i, n)| format!("r{}={n}", base + i))
            .collect();
        out.push_str(&format!("  free: {}\n", names.join(" ")));
    }
    out.push_str("  line   idx  instruction\n");
    let targets: Vec<u32> = m
        .instrs
        .iter()
        .filter_map(|i| i.jump_target())
        .chain(m.exc_table.iter().map(|e| e.handler))
        .collect();
    let mut last_line = 0;
    for (pc, instr) in m.instrs.iter().enumerate() {
        let line = m.lines[pc];
        let line_col = if line != last_line {
            format!("{line:>6}")
        } else {
            " ".repeat(6)
        };
        last_line = line;
        let mark = if targets.contains(&(pc as u32)) {
            ">>"
        } else {
            "  "
        };
        let mut ops = Vec::new();
        for o in instr.operands() {
            let text = match o.role {
                Role::R | Role::W | Role::RW | Role::W2 | Role::RRange | Role::WRange => {
                    format!("r{}", o.value)
                }
                Role::ROpt => {
                    if o.value == NO_REG as u32 {
                        "-".into()
                    } else {
                        format!("r{}", o.value)
                    }
                }
                Role::Konst => {
                    let k = code.consts[o.value as usize];
                    let r = match Gc::<CodeData>::from_value(k) {
                        Some(c) => format!("<code {}>", c.meta.qualname),
                        None => vm.repr(k)?,
                    };
                    format!("k{} ({})", o.value, r)
                }
                Role::Name => format!("{:?}", m.names[o.value as usize]),
                Role::Jump => format!("->{}", o.value),
                Role::Imm => match instr {
                    Instr::JumpUnlessCmp { .. } => {
                        CmpOp::from_imm(o.value as u16).symbol().to_string()
                    }
                    _ => format!("{}", o.value),
                },
            };
            ops.push(text);
        }
        out.push_str(
            format!(
                "{line_col} {mark}{pc:>4}  {:<18} {}\n",
                instr.mnemonic(),
                ops.join(", ")
            )
            .trim_end(),
        );
        out.push('\n');
    }
    if !m.exc_table.is_empty() {
        out.push_str("  exception table:\n");
        for e in &m.exc_table {
            out.push_str(&format!(
                "    {} to {} -> {} [r{}]\n",
                e.start, e.end, e.handler, e.reg
            ));
        }
    }
    Ok(out)
}
