//! x86_64 code of two loops from bench/profile.md's comparison with gcc's code
//! (section "Against gcc's code from the same wasm", branch `rt32`;
//! vendor/cranelift-codegen/PATCHES.md):
//!
//! - 9: an operation with an immediate computed before a loop (`cap - 1`, `n + 100`)
//!   stays there: the mid-end no longer rematerializes it inside the loop, where it was
//!   computed again on every iteration (`lea -0x1(%r15),%r8d` in hashtable's probe
//!   loop, `lea 0x1312d00(%rcx),%rdi` in sieve's marking loop);
//! - 10: a narrow store of a constant (`i32.store8`, `i32.store16`, `i64.store32`) is
//!   one `mov $imm, mem`, as a full-width store of a constant was already: Cranelift put
//!   the constant in a register first (`mov $0x1,%esi; mov %sil,(...)`).
//!
//! What the functions compute is checked by tests/wast/loop_invariant.wast.

#[path = "support/disasm.rs"]
mod disasm;

use disasm::function;

const WAT: &str = r#"(module
  (memory 1)
  ;; Linear probing: the first zero slot of 8 bytes from h & (cap - 1).
  (func (export "probe") (param $cap i32) (param $h i32) (result i32)
    (local $i i32) (local $mask i32)
    (local.set $mask (i32.sub (local.get $cap) (i32.const 1)))
    (local.set $i (i32.and (local.get $h) (local.get $mask)))
    (block $done
      (loop $l
        (br_if $done (i64.eqz (i64.load (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $i (i32.and (i32.add (local.get $i) (i32.const 1)) (local.get $mask)))
        (br $l)))
    (local.get $i))
  ;; Sieve's marking loop: j = i * i, i * i + i, ... while j < n + 100.
  (func (export "mark") (param $i i32) (param $n i32) (result i32) (local $j i32) (local $c i32)
    (local.set $j (i32.mul (local.get $i) (local.get $i)))
    (if (i32.lt_u (local.get $j) (i32.add (local.get $n) (i32.const 100)))
      (then
        (loop $l
          (i32.store8 (local.get $j) (i32.const 1))
          (local.set $c (i32.add (local.get $c) (i32.const 1)))
          (local.set $j (i32.add (local.get $j) (local.get $i)))
          (br_if $l (i32.lt_u (local.get $j) (i32.add (local.get $n) (i32.const 100)))))))
    (local.get $c))
  (func (export "stores") (param $p i32)
    (i32.store8 offset=1 (local.get $p) (i32.const 0x1ff))
    (i32.store16 offset=2 (local.get $p) (i32.const 0x12345))
    (i64.store32 offset=4 (local.get $p) (i64.const 0x7fffffff80000001))
    (i64.store8 offset=8 (local.get $p) (i64.const -2))
    (i64.store16 offset=9 (local.get $p) (i64.const 0x100000000fffe))))"#;

/// `tag`: the scratch directory's name, one per test (they run at once).
fn disassembly(tag: &str) -> String {
    let opts = wasm2native::CompileOptions {
        threads: 1,
        ..Default::default()
    };
    disasm::x86_64_disassembly(tag, "li", WAT, opts)
}

/// The loop of function `name`: its instructions, and the whole function's text.
fn last_loop(asm: &str, name: &str) -> (Vec<String>, String) {
    let (insts, range) = function(asm, name);
    let (first, last) = range.unwrap_or_else(|| panic!("no loop in {name}:\n{asm}"));
    (insts[first..=last].to_vec(), insts.join("\n"))
}

#[test]
fn probe_mask_is_not_computed_in_the_loop() {
    let asm = disassembly("li_probe");
    let (body, text) = last_loop(&asm, "wasm_func_0");
    // `cap - 1` (a `lea -0x1` or `sub`/`add` of 1 into the mask) before the loop only;
    // the loop's own `i + 1` is an `add $0x1` or `lea 0x1`.
    let mask: Vec<&String> = body
        .iter()
        .filter(|t| t.contains("-0x1(") || t.contains("$0xffffffff,") || t.starts_with("sub"))
        .collect();
    assert!(
        mask.is_empty(),
        "probe's loop computes cap - 1: {mask:?}\n{text}"
    );
}

#[test]
fn loop_limit_is_not_computed_in_the_loop() {
    let asm = disassembly("li_mark");
    let (body, text) = last_loop(&asm, "wasm_func_1");
    let limit: Vec<&String> = body.iter().filter(|t| t.contains("0x64")).collect();
    assert!(
        limit.is_empty(),
        "mark's loop computes n + 100: {limit:?}\n{text}"
    );
}

#[test]
fn narrow_constant_stores_are_immediates() {
    let asm = disassembly("li_stores");
    let (_, range) = function(&asm, "wasm_func_1");
    let (insts, _) = function(&asm, "wasm_func_1");
    let (first, last) = range.unwrap_or_else(|| panic!("no loop in mark:\n{asm}"));
    let body = &insts[first..=last];
    let text = body.join("\n");
    assert!(
        body.iter()
            .any(|t| t.starts_with("movb") && t.contains("$0x1,")),
        "mark's loop does not store an immediate byte:\n{text}"
    );
    assert!(
        !body
            .iter()
            .any(|t| t.starts_with("mov") && t.contains("$0x1,%")),
        "mark's loop puts the stored constant in a register:\n{text}"
    );
    let (insts, _) = function(&asm, "wasm_func_2");
    let text = insts.join("\n");
    for want in [
        "movb   $0xff,0x1(",
        "movw   $0x2345,0x2(",
        "movl   $0x80000001,0x4(",
        "movb   $0xfe,0x8(",
        "movw   $0xfffe,0x9(",
    ] {
        assert!(
            insts.iter().any(|t| t.starts_with(want)),
            "stores: no `{want}`:\n{text}"
        );
    }
}
