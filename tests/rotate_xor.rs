//! x86_64 code of the xor of three rotations of one value by constants (SHA-2's Σ
//! functions; rx_sha2's `compress256`/`compress512` are made of them), from
//! bench/profile.md's section "rx_sha2 and rx_deflate against Wasmtime on Intel"
//! (branch `rt33`; vendor/cranelift-codegen/PATCHES.md 11): without BMI2 (the default
//! x86-64-v2 target) it is `mov; rol; xor; rol; xor; rol`, the nested form
//! `rotl(rotl(rotl(x, a-b) ^ x, b-c) ^ x, c)`, where the plain form needed a copy of
//! `x` before each of its three rotations (`rol` overwrites its operand). With BMI2
//! (`rorx`, a separate destination) the plain form stays. Likewise two rotations and
//! a right shift (the σ functions): `rotl(rotl(x, a-b) ^ x, b) ^ (x >> s)`.
//!
//! What the functions compute is checked by tests/wast/rotate_xor.wast.

#[path = "support/disasm.rs"]
mod disasm;

use disasm::function;

const WAT: &str = r#"(module
  (func (export "sig1_live") (param i32) (result i32)
    (i32.add
      (i32.xor (i32.xor (i32.rotr (local.get 0) (i32.const 6))
                        (i32.rotr (local.get 0) (i32.const 11)))
               (i32.rotr (local.get 0) (i32.const 25)))
      (local.get 0)))
  (func (export "sig0_64_live") (param i64) (result i64)
    (i64.add
      (i64.xor (i64.rotr (local.get 0) (i64.const 39))
               (i64.xor (i64.rotr (local.get 0) (i64.const 28))
                        (i64.rotr (local.get 0) (i64.const 34))))
      (local.get 0)))
  (func (export "two_values") (param i32 i32) (result i32)
    (i32.xor (i32.xor (i32.rotl (local.get 0) (i32.const 5))
                      (i32.rotl (local.get 1) (i32.const 6)))
             (i32.rotl (local.get 0) (i32.const 7))))
  (func (export "ssig0_live") (param i32) (result i32)
    (i32.add
      (i32.xor (i32.xor (i32.rotr (local.get 0) (i32.const 7))
                        (i32.rotr (local.get 0) (i32.const 18)))
               (i32.shr_u (local.get 0) (i32.const 3)))
      (local.get 0))))"#;

/// The mnemonics of function `name`, and its text.
fn mnemonics(asm: &str, name: &str) -> (Vec<String>, String) {
    let (insts, _) = function(asm, name);
    let ops = insts
        .iter()
        .map(|t| t.split_whitespace().next().unwrap_or("").to_string())
        .collect();
    (ops, insts.join("\n"))
}

/// A register-to-register `mov` (not the frame pointer's set-up and restore).
fn is_reg_copy(t: &str) -> bool {
    t.starts_with("mov ")
        && !t.contains('(')
        && !t.contains('$')
        && !t.contains("%rsp")
        && !t.contains("%rbp")
}

/// The left-rotation amount of rotation `t` (`rol $k`, `ror $k`, `rol %r`) at `width`.
fn rotl_amount(t: &str, width: u32) -> u32 {
    let imm = t
        .split_once('$')
        .map(|(_, r)| r.split(',').next().unwrap())
        .map(|h| u32::from_str_radix(h.trim_start_matches("0x"), 16).unwrap())
        .unwrap_or(1);
    if t.starts_with("ror") {
        (width - imm) % width
    } else {
        imm % width
    }
}

#[test]
fn three_rotations_are_nested_without_bmi2() {
    let asm = disasm::x86_64_at_cpu("rx_v2", "rx", WAT, wasm2native::Cpu::Default);
    // The three rotations' left amounts: rotr 6, 11, 25 and rotr 39, 28, 34.
    for (name, width, mut want) in [
        ("wasm_func_0", 32, vec![26, 21, 7]),
        ("wasm_func_1", 64, vec![25, 36, 30]),
    ] {
        let (insts, _) = function(&asm, name);
        let text = insts.join("\n");
        let rots: Vec<&String> = insts.iter().filter(|t| t.starts_with("ro")).collect();
        assert_eq!(rots.len(), 3, "{name}: {rots:?}\n{text}");
        // Nested: rotl(rotl(rotl(x, d1) ^ x, d2) ^ x, d3) is the xor of rotations by
        // d3, d2 + d3 and d1 + d2 + d3; the plain form rotates x by each amount.
        let d: Vec<u32> = rots.iter().map(|t| rotl_amount(t, width)).collect();
        let mut got = vec![d[2], (d[1] + d[2]) % width, (d[0] + d[1] + d[2]) % width];
        got.sort();
        want.sort();
        assert_eq!(got, want, "{name}: rotations {d:?}\n{text}");
        // One copy of x (it stays live for the add), not one per rotation.
        let copies = insts.iter().filter(|t| is_reg_copy(t)).count();
        assert!(copies <= 1, "{name}: {copies} register copies\n{text}");
        let xors = insts.iter().filter(|t| t.starts_with("xor")).count();
        assert_eq!(xors, 2, "{name}:\n{text}");
    }
    // Rotations of two different values are not nested: the original amounts.
    let (insts, _) = function(&asm, "wasm_func_2");
    let text = insts.join("\n");
    let mut d: Vec<u32> = insts
        .iter()
        .filter(|t| t.starts_with("ro"))
        .map(|t| rotl_amount(t, 32))
        .collect();
    d.sort();
    assert_eq!(d, [5, 6, 7], "two_values:\n{text}");
}

#[test]
fn two_rotations_and_a_shift_are_nested_without_bmi2() {
    let asm = disasm::x86_64_at_cpu("rx_v2s", "rx", WAT, wasm2native::Cpu::Default);
    // rotr 7, 18 = rotl 25, 14, and x >> 3: rotl(rotl(x, 11) ^ x, 14) ^ (x >> 3).
    let (insts, _) = function(&asm, "wasm_func_3");
    let text = insts.join("\n");
    let rots: Vec<&String> = insts.iter().filter(|t| t.starts_with("ro")).collect();
    assert_eq!(rots.len(), 2, "{rots:?}\n{text}");
    let d: Vec<u32> = rots.iter().map(|t| rotl_amount(t, 32)).collect();
    let mut got = vec![d[1], (d[0] + d[1]) % 32];
    got.sort();
    assert_eq!(got, [14, 25], "rotations {d:?}\n{text}");
    assert!(
        insts
            .iter()
            .any(|t| t.starts_with("shr") && t.contains("$0x3,")),
        "{text}"
    );
    // Two copies of x (for the first rotation and the shift), not three.
    let copies = insts.iter().filter(|t| is_reg_copy(t)).count();
    assert!(copies <= 2, "{copies} register copies\n{text}");
}

#[test]
fn three_rotations_stay_plain_with_bmi2() {
    let cpu = wasm2native::Cpu::parse("x86-64-v3");
    let asm = disasm::x86_64_at_cpu("rx_v3", "rx", WAT, cpu);
    for name in ["wasm_func_0", "wasm_func_1"] {
        let (ops, text) = mnemonics(&asm, name);
        assert_eq!(
            ops.iter().filter(|o| *o == "rorx").count(),
            3,
            "{name}:\n{text}"
        );
        assert!(!ops.iter().any(|o| o.starts_with("rol")), "{name}:\n{text}");
    }
}
