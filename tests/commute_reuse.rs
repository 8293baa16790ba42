//! x86_64 code of commutative two-address operations whose first operand stays live
//! while the second dies (vendor/cranelift-codegen PATCHES.md 12; bench/profile.md,
//! "Commutative operations: the result in the dying operand's register", branch
//! `rt35`): `and`, `or`, `xor` and `imul` overwrite their first operand, and so do
//! `addsd`/`mulsd` without AVX and `cmov` (its alternative). The lowering swaps the
//! operands (or inverts a select's condition) so that the result takes the register
//! of the operand that dies, and the live one needs no copy. SHA-2's `Ch` and `Maj`
//! (rx_sha2) are the shape: `(f ^ g) & e` with `e` live in later rounds.
//!
//! What the functions compute is checked by tests/wast/commute_reuse.wast.

#[path = "support/disasm.rs"]
mod disasm;

use disasm::function;

/// Parameters: vmctx in %rdi, then %rsi, %rdx, %rcx (or %xmm0-2): every function
/// combines `t` (a value computed from the second and third parameter, dying at the
/// operation) with the first parameter, which is used again after it.
const WAT: &str = r#"(module
  (func (export "and_live_first") (param i32 i32 i32) (result i32)
    (i32.add (i32.and (local.get 0) (i32.xor (local.get 1) (local.get 2))) (local.get 0)))
  (func (export "or_live_first") (param i64 i64 i64) (result i64)
    (i64.add (i64.or (local.get 0) (i64.xor (local.get 1) (local.get 2))) (local.get 0)))
  (func (export "xor_live_first") (param i32 i32 i32) (result i32)
    (i32.add (i32.xor (local.get 0) (i32.and (local.get 1) (local.get 2))) (local.get 0)))
  (func (export "mul_live_first") (param i64 i64 i64) (result i64)
    (i64.add (i64.mul (local.get 0) (i64.xor (local.get 1) (local.get 2))) (local.get 0)))
  (func (export "fmul_live_first") (param f64 f64 f64) (result f64)
    (f64.add (local.get 0) (f64.mul (local.get 0) (f64.add (local.get 1) (local.get 2)))))
  (func (export "select_false_live") (param i32 i32 i32 i32) (result i32)
    (i32.add (local.get 0)
      (select (i32.xor (local.get 1) (local.get 2)) (local.get 0)
              (i32.lt_u (local.get 3) (i32.const 10)))))
  (func (export "ch") (param i32 i32 i32) (result i32)
    (i32.add (i32.xor (i32.and (local.get 0) (i32.xor (local.get 1) (local.get 2)))
                      (local.get 2))
             (local.get 0))))"#;

/// A register-to-register copy (`mov`, `movapd`, `movaps`, `movsd` between registers;
/// not the frame pointer's set-up and restore).
fn is_reg_copy(t: &str) -> bool {
    (t.starts_with("mov ") || t.starts_with("movap") || t.starts_with("movsd "))
        && !t.contains('(')
        && !t.contains('$')
        && !t.contains("%rsp")
        && !t.contains("%rbp")
}

#[test]
fn the_result_takes_the_dying_operands_register() {
    let asm = disasm::x86_64_at_cpu("cr_v2", "cr", WAT, wasm2native::Cpu::Default);
    for (i, (name, op)) in [
        ("and_live_first", "and"),
        ("or_live_first", "or"),
        ("xor_live_first", "xor"),
        ("mul_live_first", "imul"),
        ("fmul_live_first", "mulsd"),
        ("select_false_live", "cmov"),
        ("ch", "and"),
    ]
    .into_iter()
    .enumerate()
    {
        let (insts, _) = function(&asm, &format!("wasm_func_{i}"));
        let text = insts.join("\n");
        assert!(
            insts.iter().any(|t| t.starts_with(op)),
            "{name}: no {op}\n{text}"
        );
        // The first parameter stays live past the operation: without the swap it is
        // copied into the result's register first.
        let copies: Vec<&String> = insts.iter().filter(|t| is_reg_copy(t)).collect();
        assert!(copies.is_empty(), "{name}: copies {copies:?}\n{text}");
    }
}
