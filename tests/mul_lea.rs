//! x86_64 code of bench/workloads/bitops.c's two hot loops (vendor/cranelift-codegen's
//! patches, PATCHES.md):
//!
//! - 5: a multiply by 3, 5 or 9 is one `lea (x,x,2|4|8)` (Cranelift emitted `imul
//!   $3`, three cycles on the Collatz loop's carried chain), and `3 * x + 1` one `lea
//!   0x1(x,x,2)`;
//! - 6: a loop counter whose `n + 1` leaves the loop is not computed again after the
//!   loop (the mid-end rematerialized `iadd n, 1` in the exit block, which kept `n`
//!   live next to `n + 1` and cost a `mov` on every back edge).
//!
//! What the functions compute is checked by tests/wast/mul_lea.wast.

#[path = "support/disasm.rs"]
mod disasm;

use disasm::function;

const WAT: &str = r#"(module
  (func (export "mul3") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 3)))
  (func (export "mul5") (param i64) (result i64) (i64.mul (i64.const 5) (local.get 0)))
  (func (export "mul9") (param i64) (result i64) (i64.mul (local.get 0) (i64.const 9)))
  (func (export "mul3_add1") (param i64) (result i64)
    (i64.add (i64.mul (local.get 0) (i64.const 3)) (i64.const 1)))
  (func (export "mul9_sub1") (param i32) (result i32)
    (i32.add (i32.mul (local.get 0) (i32.const 9)) (i32.const -1)))
  (func (export "mul7") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 7)))
  (func (export "collatz") (param $x i64) (result i32) (local $n i32)
    (block $done
      (br_if $done (i64.eq (local.get $x) (i64.const 1)))
      (loop $l
        (local.set $x
          (select
            (i64.add (i64.mul (local.get $x) (i64.const 3)) (i64.const 1))
            (i64.shr_u (local.get $x) (i64.const 1))
            (i32.wrap_i64 (i64.and (local.get $x) (i64.const 1)))))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (br_if $l (i64.ne (local.get $x) (i64.const 1)))))
    (local.get $n))
  (func (export "count_lz") (param $x i64) (param $k i32) (result i32) (local $n i32) (local $m i32)
    (if (local.get $k)
      (then
        (loop $a
          (local.set $m (i32.add (local.get $m) (i32.const 1)))
          (br_if $a (i32.lt_u (local.get $m) (local.get $k))))))
    (block $done
      (br_if $done (i64.lt_s (local.get $x) (i64.const 0)))
      (loop $l
        (local.set $x (i64.shl (local.get $x) (i64.const 1)))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (br_if $l (i64.ge_s (local.get $x) (i64.const 0)))))
    (i32.xor (local.get $n) (local.get $m))))"#;

/// `tag`: the scratch directory's name, one per test (they run at once).
fn disassembly(tag: &str) -> String {
    let opts = wasm2native::CompileOptions {
        threads: 1,
        ..Default::default()
    };
    disasm::x86_64_disassembly(tag, "ml", WAT, opts)
}

/// Whether `t` is a `lea` of `disp(%r,%r,scale)` with one register as base and index.
fn lea_scaled(t: &str, disp: &str, scale: u8) -> bool {
    let Some(ops) = t.strip_prefix("lea ") else {
        return false;
    };
    let Some((mem, _dst)) = ops.trim().rsplit_once(',') else {
        return false;
    };
    let Some(inner) = mem
        .strip_prefix(disp)
        .and_then(|m| m.strip_prefix('('))
        .and_then(|m| m.strip_suffix(')'))
    else {
        return false;
    };
    let regs: Vec<&str> = inner.split(',').collect();
    regs.len() == 3 && regs[0] == regs[1] && regs[2] == scale.to_string()
}

#[test]
fn multiplies_by_3_5_9_are_one_lea() {
    let asm = disassembly("mul_lea");
    // (function, displacement, scale): one `lea`, no `imul`, no `add`.
    for (k, disp, scale) in [
        (0, "", 2),
        (1, "", 4),
        (2, "", 8),
        (3, "0x1", 2),
        (4, "-0x1", 8),
    ] {
        let (insts, _) = function(&asm, &format!("wasm_func_{k}"));
        let text = insts.join("\n");
        assert_eq!(
            insts.iter().filter(|t| lea_scaled(t, disp, scale)).count(),
            1,
            "wasm_func_{k}: no lea {disp}(%r,%r,{scale}):\n{text}"
        );
        assert!(
            !insts
                .iter()
                .any(|t| t.starts_with("imul") || t.starts_with("add") || t.starts_with("sub")),
            "wasm_func_{k} multiplies or adds apart:\n{text}"
        );
    }
    // 7 is no `lea` multiplier: still an `imul` (the test sees one).
    let (insts, _) = function(&asm, "wasm_func_5");
    assert!(
        insts.iter().any(|t| t.starts_with("imul")),
        "{}",
        insts.join("\n")
    );
    // The Collatz loop: x = 3x + 1 is one `lea 0x1(x,x,2)`.
    let (insts, range) = function(&asm, "wasm_func_6");
    let (first, last) = range.unwrap_or_else(|| panic!("no loop in collatz:\n{asm}"));
    let body = &insts[first..=last];
    assert!(
        body.iter().any(|t| lea_scaled(t, "0x1", 2)) && !body.iter().any(|t| t.starts_with("imul")),
        "collatz's loop:\n{}",
        body.join("\n")
    );
}

/// `count_lz`'s second loop counts leading zeros as bitops.c does. The first loop
/// (in an `if`, so that its `iconst 1` is out of scope at the second) makes the
/// second loop's `iadd n, 1` the original instruction, which the mid-end marks for
/// rematerialization (a copy of it, made where the constant was rematerialized, is
/// not marked): the shape of bitops' inlined loop, where `n + 1` was copied into the
/// exit block.
#[test]
fn loop_counter_leaving_the_loop_needs_no_copy() {
    let asm = disassembly("mul_lea_loop");
    let (insts, range) = function(&asm, "wasm_func_7");
    let (first, last) = range.unwrap_or_else(|| panic!("no loop in count_lz:\n{asm}"));
    let body = &insts[first..=last];
    let text = body.join("\n");
    // The loop: shift, count, test and branch back; the counter is incremented in
    // place (`add $0x1`), not into a second register that a `mov` copies back.
    assert!(
        !body.iter().any(|t| t.starts_with("mov")),
        "count_lz's loop copies a register:\n{text}"
    );
    assert!(
        body.iter()
            .any(|t| t.starts_with("add") && t.contains("$0x1,")),
        "count_lz's loop does not count in place:\n{text}"
    );
    // After the loop, `n + 1` is not computed again.
    let after: Vec<&String> = insts[last + 1..]
        .iter()
        .filter(|t| t.starts_with("add") && t.contains("$0x1,"))
        .collect();
    assert!(
        after.is_empty(),
        "n + 1 computed after the loop: {after:?}\n{asm}"
    );
}
