//! x86_64: a leaf function that touches no stack sets up no frame
//! (vendor/cranelift-codegen PATCHES.md 13): no `push %rbp; mov %rsp,%rbp` and no
//! `mov %rbp,%rsp; pop %rbp`, a bare `ret`. A function that calls keeps its frame (the
//! chain that trap backtraces walk). A trap in such a leaf keeps its backtrace:
//! tests/wat/trap_backtrace_leaf.wat.

#[path = "support/disasm.rs"]
mod disasm;

use disasm::function;

/// Functions 0 and 1 are leaves (1 with a bounds-checked load and a trap); 2 calls
/// through an exported table, so that nothing is inlined or devirtualized.
const WAT: &str = r#"(module
  (type $t (func (param i32) (result i32)))
  (memory 1)
  (table (export "t") 2 funcref)
  (elem (i32.const 0) 0 1)
  (func (param i32) (result i32) (i32.add (local.get 0) (i32.const 7)))
  (func (param i32) (result i32)
    (i32.div_u (i32.load (local.get 0)) (local.get 0)))
  (func (export "f") (param i32) (result i32)
    (call_indirect (type $t) (local.get 0) (local.get 0))))"#;

fn disassembly(tag: &str) -> String {
    disasm::x86_64_at_cpu(tag, "fl", WAT, wasm2native::Cpu::Default)
}

#[test]
fn leaves_set_up_no_frame_and_callers_do() {
    let asm = disassembly("frameless_leaf");
    for k in [0, 1] {
        let (insts, _) = function(&asm, &format!("wasm_func_{k}"));
        let text = insts.join("\n");
        assert!(
            insts.iter().any(|t| t.trim() == "ret"),
            "wasm_func_{k} has no ret:\n{text}"
        );
        assert!(
            !insts
                .iter()
                .any(|t| t.contains("%rbp") || t.contains("%rsp")),
            "wasm_func_{k} sets up a frame or uses the stack:\n{text}"
        );
    }
    let (insts, _) = function(&asm, "wasm_func_2");
    let text = insts.join("\n");
    assert!(
        insts
            .first()
            .is_some_and(|t| t.starts_with("push") && t.contains("%rbp")),
        "the caller does not push %rbp first:\n{text}"
    );
    assert!(
        insts
            .iter()
            .any(|t| t.starts_with("pop") && t.contains("%rbp")),
        "the caller does not pop %rbp:\n{text}"
    );
}
