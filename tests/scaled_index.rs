//! x86_64 code of scaled memory indices (compiler/src/translate/scaled.rs): a table
//! indexed by `(op & 127) << 2` (Lua's dispatch) or by a loaded byte `<< 3` is one load
//! at `disp(base, x, 4|8)`, without a `shl`; a shift that can wrap in 32 bits keeps its
//! `shl`. What the functions compute is checked by tests/wast/scaled_index.wast.

#[path = "support/disasm.rs"]
mod disasm;

use disasm::function;

const WAT: &str = r#"(module
  (memory 1)
  (func (export "tab") (param i32) (result i32)
    (i32.load offset=1024 (i32.shl (i32.and (local.get 0) (i32.const 127)) (i32.const 2))))
  (func (export "tab8") (param i32) (result i64)
    (i64.load offset=2048 (i32.shl (i32.load8_u (local.get 0)) (i32.const 3))))
  (func (export "put") (param i32 i32)
    (i32.store offset=1024 (i32.shl (i32.and (local.get 0) (i32.const 127)) (i32.const 2))
      (local.get 1)))
  (func (export "wrap") (param i32) (result i32)
    (i32.load (i32.shl (local.get 0) (i32.const 2))))
  (func (export "wrap_masked") (param i32) (result i32)
    (i32.load (i32.shl (i32.and (local.get 0) (i32.const 0x3fffffff)) (i32.const 3)))))"#;

fn disassembly(tag: &str) -> String {
    disasm::x86_64_at_cpu(tag, "si", WAT, wasm2native::Cpu::Default)
}

/// Whether `t` is a `mov`-like access with a memory operand scaled by `scale`
/// (`0x400(%rax,%rcx,4)`).
fn scaled_access(t: &str, scale: u8) -> bool {
    t.starts_with("mov") && t.contains(&format!(",{scale})"))
}

#[test]
fn bounded_shifts_are_scaled_addresses() {
    let asm = disassembly("scaled");
    for (k, scale) in [(0, 4), (1, 8), (2, 4)] {
        let (insts, _) = function(&asm, &format!("wasm_func_{k}"));
        let text = insts.join("\n");
        assert!(
            insts.iter().any(|t| scaled_access(t, scale)),
            "wasm_func_{k}: no access scaled by {scale}:\n{text}"
        );
        assert!(
            !insts
                .iter()
                .any(|t| t.starts_with("shl") || t.starts_with("lea")),
            "wasm_func_{k} shifts apart:\n{text}"
        );
    }
}

#[test]
fn shifts_that_may_wrap_stay_32_bit() {
    let asm = disassembly("scaled_wrap");
    for k in [3, 4] {
        let (insts, _) = function(&asm, &format!("wasm_func_{k}"));
        let text = insts.join("\n");
        assert!(
            insts.iter().any(|t| t.starts_with("shl")),
            "wasm_func_{k}: the 32-bit shift is gone:\n{text}"
        );
        assert!(
            !insts
                .iter()
                .any(|t| scaled_access(t, 4) || scaled_access(t, 8)),
            "wasm_func_{k} scales an index that may wrap:\n{text}"
        );
    }
}
