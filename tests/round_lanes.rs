//! Scalar rounding (wasm's `f32/f64.floor`, `ceil`, `trunc`, `nearest`) of a value in
//! a register is lowered on x86_64 without AVX (the default x86-64-v2 target) as the
//! packed `roundps`/`roundpd` (vendor/cranelift-codegen's patch 8, PATCHES.md), not as
//! the scalar `roundss`/`roundsd`: the SSE4.1 scalar forms write only the low lane and
//! keep the rest of the destination, so they wait for whatever last wrote the register
//! the allocator picked (nothing zeroes it first: the assembler declares it
//! write-only). A value loaded from memory keeps the scalar form with the memory
//! operand (a 16-byte load could reach past it). tests/wast/round_lanes.wast checks
//! the values, with other lanes holding NaNs and extremes.

#[path = "support/disasm.rs"]
mod disasm;

#[test]
fn register_roundings_write_the_whole_register() {
    let wat = r#"(module
      (memory 1)
      (func (export "f64s") (param f64 f64) (result f64)
        (f64.add
          (f64.add (f64.floor (local.get 0)) (f64.ceil (local.get 1)))
          (f64.add (f64.trunc (f64.mul (local.get 0) (local.get 1)))
                   (f64.nearest (f64.sub (local.get 0) (local.get 1))))))
      (func (export "f32s") (param f32 f32) (result f32)
        (f32.add
          (f32.add (f32.floor (local.get 0)) (f32.ceil (local.get 1)))
          (f32.add (f32.trunc (f32.mul (local.get 0) (local.get 1)))
                   (f32.nearest (f32.sub (local.get 0) (local.get 1))))))
      (func (export "mem") (param i32) (result f64)
        (f64.floor (f64.load offset=8 (local.get 0)))))"#;
    let opts = wasm2native::CompileOptions {
        threads: 1,
        ..Default::default()
    };
    let asm = disasm::x86_64_disassembly("round-lanes", "rl", wat, opts);
    let insts = disasm::instructions(&asm);
    let count = |p: &str| insts.iter().filter(|(_, t)| t.starts_with(p)).count();
    // Four packed roundings of each width, with the rounding mode of each operator
    // (nearest 0, floor 1, ceil 2, trunc 3); one more `roundpd` in "mem" when the
    // load was not sunk (it is not: a check stands between).
    assert!(count("roundpd") >= 4, "{asm}");
    assert_eq!(count("roundps"), 4, "{asm}");
    for width in ["roundpd", "roundps"] {
        for mode in ["$0x0,", "$0x1,", "$0x2,", "$0x3,"] {
            assert!(
                insts
                    .iter()
                    .any(|(_, t)| t.starts_with(width) && t.contains(mode)),
                "no {width} {mode}:\n{asm}"
            );
        }
    }
    assert_eq!(count("roundss"), 0, "{asm}");
    // The one scalar `roundsd` left rounds the loaded value from memory, if the load
    // was sunk into it; otherwise the loaded register is rounded with `roundpd`.
    for (_, t) in insts.iter().filter(|(_, t)| t.starts_with("roundsd")) {
        assert!(t.contains('('), "roundsd of a register: {t}\n{asm}");
    }
    assert_eq!(count("roundsd") + count("roundpd"), 5, "{asm}");
}
