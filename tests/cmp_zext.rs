//! A compare whose only use is its zero-extension (wasm's `i32.lt_u` and friends:
//! CLIF `uextend (icmp ...)`) is lowered on x86_64 as `mov $0, dst; setcc dst8`
//! (vendor/cranelift-codegen's patch 'SetccZext', PATCHES.md), not as `setcc dst8;
//! movzbl dst8, dst32`: a `setcc` merges its byte into the register, so on AMD cores
//! it waits for whatever last wrote that register; after the `mov` nothing is pending.
//! In sort's merge loop `setae %r11b` waited for the record loaded into %r11 just
//! before, which put that load on the loop's critical path (bench/profile.md, rt27).
//! tests/wast/cmp_zext.wast checks the values.

#[path = "support/disasm.rs"]
mod disasm;

#[test]
fn zero_extended_compares_zero_the_register_first() {
    let wat = r#"(module
      (memory 1)
      (func (export "merge_step") (param i32 i32) (result i32)
        (local $a i32) (local $b i32)
        (local.set $a (i32.load (local.get 0)))
        (local.set $b (i32.load (local.get 1)))
        (i32.add
          (i32.mul (i32.add (local.get 0) (i32.ge_u (local.get $a) (local.get $b))) (i32.const 1000))
          (i32.add (local.get 1) (i32.lt_u (local.get $a) (local.get $b)))))
      (func (export "eq64") (param i64 i64) (result i64)
        (i64.extend_i32_u (i64.eq (local.get 0) (local.get 1))))
      (func (export "sign") (param i32) (result i32)
        (i32.lt_s (local.get 0) (i32.const 0))))"#;
    let opts = wasm2native::CompileOptions {
        threads: 1,
        ..Default::default()
    };
    let asm = disasm::x86_64_disassembly("cmp-zext", "cz", wat, opts);
    let insts = disasm::instructions(&asm);
    let sets: Vec<usize> = (0..insts.len())
        .filter(|&k| insts[k].1.starts_with("set"))
        .collect();
    // ge_u, lt_u, eq: three setcc, each right after a `mov $0x0` into its register
    // and with no `movzbl` of its byte after it.
    assert_eq!(sets.len(), 3, "{asm}");
    for k in sets {
        let byte = insts[k].1.rsplit(['%', ' ']).next().unwrap().to_string();
        let prev = &insts[k - 1].1;
        assert!(
            prev.starts_with("mov    $0x0,%"),
            "no zeroing mov before {}:\n{asm}",
            insts[k].1
        );
        let full = prev.rsplit('%').next().unwrap();
        // %r11d -> %r11b, %eax -> %al, %esi -> %sil
        let expect = match full.strip_suffix('d') {
            Some(r) if r.starts_with('r') => format!("{r}b"),
            _ => match &full[1..] {
                "ax" => "al".into(),
                "bx" => "bl".into(),
                "cx" => "cl".into(),
                "dx" => "dl".into(),
                "si" => "sil".into(),
                "di" => "dil".into(),
                other => panic!("unexpected register {other}:\n{asm}"),
            },
        };
        assert_eq!(
            byte, expect,
            "setcc into another register than zeroed:\n{asm}"
        );
        assert!(
            !insts
                .iter()
                .any(|(_, t)| t.starts_with("movzbl") && t.contains(&format!("%{byte},"))),
            "movzbl of a setcc result:\n{asm}"
        );
    }
    // The sign test stays a shift, without an extension after it.
    assert!(asm.contains("shr    $0x1f,%"), "{asm}");
    assert!(!asm.contains("movzbl"), "{asm}");
}
