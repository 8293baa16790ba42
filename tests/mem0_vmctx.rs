//! Memory 0 at a constant offset from the instance (`CompileOptions::mem0_at_vmctx`,
//! `abi::MEM0_OFFSET`): on x86_64 an access to memory 0 is one instruction addressing
//! `K-24+offset(%rec,%index,1)`, where `rec` is memory 0's record (`&memory0`, read once
//! through the instance's `memory` field, at vmctx + 24), with no load of the base and
//! no separate base value; with the option off the base is loaded from the instance.
//! The behaviour (two instances, calls across instances, growth) is in
//! tests/wast/mem0_vmctx.wast.

use std::process::Command;

const WAT: &str = r#"(module
  (memory 1)
  (func (export "sum") (param $p i32) (param $n i32) (result i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.load offset=8 (local.get $p))))
      (local.set $p (i32.add (local.get $p) (i32.const 4)))
      (br_if $l (i32.lt_u (local.get $p) (local.get $n))))
    (local.get $s)))"#;

/// The disassembly (AT&T syntax) of the module's code for x86_64, or None without
/// objdump.
fn disassembly(on: bool) -> Option<String> {
    let opts = wasm2native::CompileOptions {
        target: wasm2native::Target::parse("x86_64-unknown-linux-gnu").unwrap(),
        threads: 1,
        mem0_at_vmctx: on,
        ..Default::default()
    };
    let obj = wasm2native::compile_object(WAT.as_bytes(), &opts, false, "m").unwrap();
    let dir = std::env::temp_dir().join(format!("w2n-mem0-{}-{on}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("m.o");
    std::fs::write(&path, obj).unwrap();
    let out = Command::new("objdump")
        .args(["-d", "--no-show-raw-insn"])
        .arg(&path)
        .output();
    let _ = std::fs::remove_dir_all(&dir);
    match out {
        Ok(o) if o.status.success() => Some(String::from_utf8(o.stdout).unwrap()),
        _ => {
            eprintln!("objdump unavailable: test skipped");
            None
        }
    }
}

/// The instructions of the first wasm function.
fn first_function(asm: &str) -> Vec<String> {
    asm.lines()
        .skip_while(|l| !l.ends_with("<wasm_func_0>:"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .map(|l| l.to_string())
        .collect()
}

#[test]
fn access_is_record_plus_offset() {
    let Some(asm) = disassembly(true) else { return };
    let f = first_function(&asm);
    let text = f.join("\n");
    // The record: `mov 0x48(%vmctx),%rec` (the instance's `memory` field).
    assert!(
        f.iter().any(|l| l.contains("mov") && l.contains("0x48(%")),
        "no load of the record:\n{text}"
    );
    // The load: `mov 0xfff0(%rec,%index,1),%reg` (K - 24 + the memarg offset 8).
    assert!(
        f.iter()
            .any(|l| l.contains("mov") && l.contains("0xfff0(%") && l.contains(",1),")),
        "no record+K access:\n{text}"
    );
    // Neither a base computed into a register nor a load of memory0.base (offset 24).
    assert!(
        !f.iter()
            .any(|l| l.contains("lea") && (l.contains("0xffe8(") || l.contains("0x10000("))),
        "base materialized:\n{text}"
    );
    assert!(
        !f.iter().any(|l| l.contains("0x18(%")),
        "base loaded:\n{text}"
    );
}

#[test]
fn off_loads_the_base() {
    let Some(asm) = disassembly(false) else {
        return;
    };
    let f = first_function(&asm);
    assert!(
        f.iter().any(|l| l.contains("mov") && l.contains("0x18(%")),
        "no load of the base:\n{}",
        f.join("\n")
    );
    assert!(
        !f.iter().any(|l| l.contains("0xfff0(%")),
        "{}",
        f.join("\n")
    );
}
