//! Compiler unit tests: source in, instructions and metadata out.

use super::bytecode::Instr;
use super::symtable::{Resolution, SymbolTable};
use super::{compile_module, CodeUnit, Const, ErrorKind, SourceMap};

fn compile(src: &str) -> CodeUnit {
    compile_module(src, "<test>", 0).unwrap_or_else(|e| panic!("compile error: {e:?}"))
}

/// The code unit of the first function (or class body) defined in `unit`.
fn child(unit: &CodeUnit, name: &str) -> std::rc::Rc<CodeUnit> {
    unit.consts
        .iter()
        .find_map(|c| match c {
            Const::Code(u) if u.meta.name == name => Some(u.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no code object {name}"))
}

fn mnemonics(u: &CodeUnit) -> Vec<&'static str> {
    u.meta.instrs.iter().map(|i| i.mnemonic()).collect()
}

#[test]
fn arithmetic_on_locals_reads_their_registers_directly() {
    let f = child(&compile("def add(a, b):\n    return a + b\n"), "add");
    assert_eq!(
        f.meta.instrs,
        vec![Instr::Add { dst: 2, a: 0, b: 1 }, Instr::Return { src: 2 }]
    );
    assert_eq!(f.meta.varnames, vec!["a", "b"]);
    assert_eq!(f.meta.nregs, 3);
}

#[test]
fn unbound_checks_remain_only_where_a_path_leaves_the_local_unassigned() {
    let f = child(
        &compile("def f(c):\n    if c:\n        x = 1\n    return x\n"),
        "f",
    );
    let checks: Vec<&Instr> = f
        .meta
        .instrs
        .iter()
        .filter(|i| matches!(i, Instr::CheckBound { .. }))
        .collect();
    assert_eq!(checks.len(), 1, "{:?}", f.meta.instrs);
    let g = child(
        &compile("def g(c):\n    x = 1\n    if c:\n        x = 2\n    return x\n"),
        "g",
    );
    assert!(
        !g.meta
            .instrs
            .iter()
            .any(|i| matches!(i, Instr::CheckBound { .. })),
        "{:?}",
        g.meta.instrs
    );
    let h = child(
        &compile("def h(xs):\n    for k in xs:\n        pass\n    return k\n"),
        "h",
    );
    assert!(
        h.meta
            .instrs
            .iter()
            .any(|i| matches!(i, Instr::CheckBound { .. })),
        "loop variable may be unbound"
    );
}

#[test]
fn loops_close_with_a_backward_jump_to_their_header() {
    let f = child(
        &compile("def f(n):\n    i = 0\n    while i < n:\n        i += 1\n    return i\n"),
        "f",
    );
    let back = f.meta.instrs.iter().find_map(|i| match i {
        Instr::JumpBack { target } => Some(*target),
        _ => None,
    });
    let header = back.expect("a JUMP_BACK") as usize;
    assert!(
        matches!(f.meta.instrs[header], Instr::JumpUnlessCmp { op: 0, .. }),
        "{:?}",
        f.meta.instrs
    );
}

#[test]
fn closures_resolve_cells_and_free_variables() {
    let src = "def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n";
    let map = SourceMap::new(src, "<test>");
    let module = rustpython_parser::parse(src, rustpython_parser::Mode::Module, "<test>").unwrap();
    let rustpython_parser::ast::Mod::Module(m) = module else {
        panic!()
    };
    let t = SymbolTable::build(&m.body, &map).unwrap();
    let outer = &t.scopes[t.scopes[0].children[0]];
    let inner = &t.scopes[outer.children[0]];
    assert_eq!(outer.resolve("x"), Resolution::Cell);
    assert_eq!(inner.resolve("x"), Resolution::Free);
    let u = compile(src);
    let o = child(&u, "outer");
    assert_eq!(o.meta.cellvars, vec!["x"]);
    assert!(matches!(o.meta.instrs[0], Instr::MakeCell { reg: 0 }));
    assert_eq!(child(&o, "inner").meta.freevars, vec!["x"]);
}

#[test]
fn methods_using_super_get_the_class_cell() {
    let u = compile("class A:\n    def f(self):\n        return super().f()\n");
    let body = child(&u, "A");
    assert_eq!(body.meta.class_cell, Some(0));
    let f = child(&body, "f");
    assert_eq!(f.meta.freevars, vec!["__class__"]);
}

#[test]
fn nested_handlers_come_first_in_the_exception_table() {
    let src = "def f():\n    try:\n        try:\n            g()\n        except KeyError:\n            pass\n    finally:\n        h()\n";
    let f = child(&compile(src), "f");
    let t = &f.meta.exc_table;
    assert!(t.len() >= 2);
    let call = f
        .meta
        .instrs
        .iter()
        .position(|i| matches!(i, Instr::Call { .. }))
        .unwrap() as u32;
    let first = t.iter().find(|e| e.start <= call && call < e.end).unwrap();
    // The innermost handler (the except clause) must be found first.
    let handler = &f.meta.instrs[first.handler as usize];
    assert!(matches!(handler, Instr::PushExcInfo { .. }));
    let next_after = &f.meta.instrs[first.handler as usize + 2];
    assert!(
        matches!(next_after, Instr::ExcMatch { .. }),
        "{:?}",
        f.meta.instrs
    );
}

#[test]
fn comprehensions_are_separate_code_objects_called_with_the_first_iterator() {
    let u = compile("ys = [x * 2 for x in range(3)]\n");
    let lc = child(&u, "<listcomp>");
    assert_eq!(lc.meta.argcount, 1);
    assert!(mnemonics(&lc).contains(&"LIST_APPEND"));
    assert!(mnemonics(&u).contains(&"GET_ITER"));
}

#[test]
fn optimize_removes_asserts() {
    let with = compile_module("assert x, 'm'\n", "<t>", 0).unwrap();
    let without = compile_module("assert x, 'm'\n", "<t>", 1).unwrap();
    assert!(mnemonics(&with).contains(&"RAISE_ASSERT"));
    assert!(!mnemonics(&without).contains(&"RAISE_ASSERT"));
}

#[test]
fn syntax_errors_have_cpython_messages_and_locations() {
    let e = compile_module("if x\n    pass\n", "<t>", 0).unwrap_err();
    assert_eq!(
        (e.kind, e.msg.as_str(), e.loc.line),
        (ErrorKind::Syntax, "expected ':'", 1)
    );
    let e = compile_module("def f():\nreturn 1\n", "<t>", 0).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Indentation);
    assert_eq!(
        e.msg,
        "expected an indented block after function definition on line 1"
    );
    let e = compile_module("x = (1,\ny = 2\n", "<t>", 0).unwrap_err();
    assert_eq!(e.msg, "'(' was never closed");
    let e = compile_module("return 5\n", "<t>", 0).unwrap_err();
    assert_eq!(e.msg, "'return' outside function");
    let e = compile_module("def f():\n    nonlocal q\n", "<t>", 0).unwrap_err();
    assert_eq!(e.msg, "no binding for nonlocal 'q' found");
}

#[test]
fn every_register_operand_is_inside_the_frame() {
    let src = "def f(a, *args, k=1, **kw):\n    x, *y = a\n    return [i + k for i in y], {**kw}, f(*args)\n";
    for u in [compile(src)]
        .iter()
        .chain(std::iter::once(&*child(&compile(src), "f")))
    {
        for i in &u.meta.instrs {
            i.visit_regs(&mut |r, _| {
                assert!(r < u.meta.nregs, "{i:?} uses r{r} of {}", u.meta.nregs)
            });
        }
    }
}
