//! x86_64 `br_table` clamps its index with the compare's flags and a constant-pool word
//! (vendor/cranelift-codegen's patch, PATCHES.md): `cmp $N,%idx; cmovae N(%rip),%idx`
//! where Cranelift emitted `mov $N,%t; cmp %t,%idx; cmovb %idx,%t`, one instruction
//! more at every dispatch of an interpreter's loop. The clamp stays a data dependency
//! (the Spectre guard); tests/wast/br_table_clamp.wast checks the targets taken.

#[path = "support/disasm.rs"]
mod disasm;

#[test]
fn br_table_clamps_with_an_immediate_compare_and_a_constant() {
    let wat = r#"(module
      (func (export "f") (param $i i32) (result i32)
        (block (block (block (block
          (br_table 0 1 2 3 (i32.xor (local.get $i) (i32.const 5))))
          (return (i32.const 10)))
          (return (i32.const 11)))
          (return (i32.const 12)))
        (i32.const 13)))"#;
    let opts = wasm2native::CompileOptions {
        threads: 1,
        ..Default::default()
    };
    let asm = disasm::x86_64_disassembly("br_table", "bt", wat, opts);
    let lines: Vec<&str> = asm.lines().map(str::trim_end).collect();
    // The compare with the table size (4 entries: 0..=2, then the default at 3).
    let cmp = lines
        .iter()
        .position(|l| l.contains("cmp    $0x3,%e"))
        .unwrap_or_else(|| panic!("no compare with an immediate:\n{asm}"));
    let reg = lines[cmp].rsplit(',').next().unwrap();
    let next = lines[cmp + 1];
    assert!(
        next.contains("cmovae ") && next.contains(&format!("(%rip),{reg}")),
        "the compare is not followed by `cmovae N(%rip),{reg}`:\n{asm}"
    );
    assert!(
        !asm.contains("cmovb") && !asm.contains("mov    $0x3,"),
        "the old clamp is still there:\n{asm}"
    );
}

/// aarch64: the default target is the jump table's first entry, so the clamp is one
/// `csinc` of the index (entry `idx + 1`, or 0 past the end) where Cranelift emitted
/// `mov #N; csel` (vendor/cranelift-codegen's patch, PATCHES.md). The targets taken
/// run under qemu in the spec suite (tests/wast/br_table_clamp.wast, aarch64).
#[test]
fn aarch64_br_table_clamps_with_csinc() {
    let wat = r#"(module
      (func (export "f") (param $i i32) (result i32)
        (block (block (block (block
          (br_table 0 1 2 3 (local.get $i)))
          (return (i32.const 10)))
          (return (i32.const 11)))
          (return (i32.const 12)))
        (i32.const 13)))"#;
    let opts = wasm2native::CompileOptions {
        target: wasm2native::Target::parse("aarch64-unknown-linux-gnu").unwrap(),
        threads: 1,
        ..Default::default()
    };
    let obj = wasm2native::compile_object(wat.as_bytes(), &opts, false, "bta").unwrap();
    let dir = std::env::temp_dir().join(format!("w2n-br-table-a64-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("m.o");
    std::fs::write(&path, obj).unwrap();
    let out = std::process::Command::new("aarch64-linux-gnu-objdump")
        .args(["-d", "--no-show-raw-insn"])
        .arg(&path)
        .output()
        .expect("aarch64-linux-gnu-objdump (binutils-aarch64-linux-gnu) not runnable");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(out.status.success());
    let asm = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = asm.lines().collect();
    let cmp = lines
        .iter()
        .position(|l| l.contains("cmp\tw") && l.ends_with(", #0x3"))
        .unwrap_or_else(|| panic!("no compare with the table size:\n{asm}"));
    // `csinc xD, xzr, xIDX, hs` (objdump writes `hs` as `cs`).
    let idx = lines[cmp]
        .split_once("cmp\tw")
        .unwrap()
        .1
        .split(',')
        .next()
        .unwrap();
    assert!(
        lines[cmp + 1].contains("csinc\tx")
            && lines[cmp + 1].contains(&format!(", xzr, x{idx}, cs")),
        "the compare is not followed by the `csinc` clamp:\n{asm}"
    );
    assert!(
        !asm.contains("csel"),
        "the old clamp is still there:\n{asm}"
    );
}
